import { Writable } from 'node:stream';
import type { RenderResidentForm } from '@sprout/shared/api';
import { renderToPipeableStream } from 'react-dom/server';
import { createMemoryStorage } from '../../drafts/draft-store.ts';
import { savePrefs } from '../shell/prefs.ts';
import { ResidentApp } from './ResidentApp.tsx';

/**
 * The server-render entry (built by vite.ssr.config.ts into dist-ssr/, loaded by the server's
 * resident page): the form as a device without a draft first renders it, in the language and
 * text size the device chose (`prefs`, from its cookie), so a resident on a weak network sees
 * and fills the form before the scripts arrive. Apps that pin packs render in the browser
 * only: their widgets are browser code.
 */
export const renderResidentForm: RenderResidentForm = async (body, prefs) => {
  if (body.packs?.length) return undefined;
  const storage = createMemoryStorage();
  savePrefs(storage, prefs);
  const page = <ResidentApp slug={body.app.slug} initialApp={body} storage={storage} />;
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        html += chunk.toString('utf8');
        done();
      },
      final(done) {
        resolve(html);
        done();
      },
    });
    // Lazily loaded parts (a markdown text block) are awaited, so the markup is whole: piped only
    // once everything is ready, it needs none of the inline scripts streaming would add (the CSP forbids them).
    const stream = renderToPipeableStream(page, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: (error) => {
        reject(error);
      },
    });
  });
};

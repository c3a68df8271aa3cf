import { type DisplayPrefs, displayPrefsToken } from '@sprout/shared/i18n';
import { createDraftStore, type EnumerableStorage } from '../../drafts/draft-store.ts';
import { createSubmissionQueue } from '../../offline/submission-queue.ts';
import { loadPrefs } from '../shell/prefs.ts';

/**
 * Whether this device would render `/a/:slug` exactly as the server did. The server renders
 * in the language and text size it was told (`rendered`, from the device's cookie) for a
 * device with drafts on, no draft and nothing waiting to send. Hydration keeps the server's
 * markup (and anything typed into it); it does not repair attributes that differ, so any
 * other device renders afresh instead.
 */
export function serverRenderFits(
  storage: EnumerableStorage | undefined,
  slug: string,
  version: number,
  rendered: DisplayPrefs,
): boolean {
  if (!storage) return false;
  if (displayPrefsToken(loadPrefs(storage)) !== displayPrefsToken(rendered)) return false;
  const drafts = createDraftStore({ storage });
  if (!drafts.isEnabled() || drafts.load(slug, version)) return false;
  const queue = createSubmissionQueue({ storage, send: () => Promise.reject(new Error('not sending')) });
  return queue.pending(slug).length === 0;
}

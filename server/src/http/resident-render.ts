import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { PublishedAppBody, RenderResidentForm } from '@sprout/shared/api';
import { type DisplayPrefs, displayPrefsToken } from '@sprout/shared/i18n';
import type { Logger } from '../logging/logger.ts';

/**
 * Markups kept: a version's markup never changes, its app's status and divisions rarely; a
 * version has one markup for each language and text size devices ask for (four at most).
 */
const KEPT = 128;

export type ResidentFormRenderer = (
  body: PublishedAppBody,
  json: string,
  prefs: DisplayPrefs,
) => Promise<string | undefined>;

/**
 * The resident form rendered on the server by the runtime's own components
 * (`runtime/dist-ssr/render-resident.js`, built with the runtime): a resident on a weak
 * network sees and fills the form one round trip after asking, before any script arrives.
 * The module is loaded on first use, so a build that finishes after the start is picked up;
 * without it (not built) or when it fails, the page renders in the browser as before.
 * Markup is kept per inline body (`json`, what the page carries) and display choice, so
 * hydration always meets the markup of the very body and choice it reads.
 */
export function residentFormRenderer(file: string | undefined, logger: Logger): ResidentFormRenderer {
  let loading: Promise<RenderResidentForm | undefined> | undefined;
  const kept = new Map<string, Promise<string | undefined>>();
  const load = () => {
    if (!file || !existsSync(file)) return undefined;
    loading ??= import(pathToFileURL(file).href).then(
      (m: { renderResidentForm?: RenderResidentForm }) => m.renderResidentForm,
      (err: unknown) => {
        logger.error({ err, file }, 'resident form renderer failed to load; resident pages render in the browser');
        return undefined;
      },
    );
    return loading;
  };
  return async (body, json, prefs) => {
    const render = await load();
    if (!render) return undefined;
    const key = `${displayPrefsToken(prefs)}\n${json}`;
    let markup = kept.get(key);
    if (!markup) {
      markup = render(body, prefs).catch((err: unknown) => {
        logger.error(
          { err, slug: body.app.slug, version: body.version },
          'resident form failed to render on the server',
        );
        return undefined;
      });
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
      kept.set(key, markup);
    }
    return markup;
  };
}

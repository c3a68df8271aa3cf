import type { DisplayPrefs } from '../i18n/display-prefs.ts';
import type { PublishedAppBody } from './residents.ts';

/**
 * The resident page `/a/:slug` as the server sends it: the published app inline as inert
 * JSON, and for apps that allow it the form already rendered into `#root`. The runtime's
 * page script reads the one and hydrates the other.
 */

/** The id of the `<script type="application/json">` element holding the `PublishedAppBody`. */
export const INLINE_APP_ID = 'sprout-published-app';

/**
 * Set on `#root` when the server rendered the form into it; its value is the language and
 * text size it rendered in (`displayPrefsToken`; empty from servers before that was told).
 */
export const SERVER_RENDERED_ATTRIBUTE = 'data-server-rendered';

/**
 * What the runtime's server-render module (`runtime/dist-ssr/render-resident.js`) exports:
 * the markup of `#root` for a device without a draft that shows pages as `prefs` say, or
 * `undefined` when the form renders in the browser only (an app that pins packs).
 */
export type RenderResidentForm = (body: PublishedAppBody, prefs: DisplayPrefs) => Promise<string | undefined>;

/**
 * Names what a resident page carries: the app's published version, its status and the state
 * of its packs (the same tag as the published app's ETag). The offline worker opens a page
 * from its copy at once and compares this header on the copy with the server's answer,
 * to know whether the page on screen is already out of date.
 */
export const PAGE_VERSION_HEADER = 'Sprout-Page-Version';

import { INLINE_APP_ID, type PublishedAppBody, SERVER_RENDERED_ATTRIBUTE } from '@sprout/shared/api';
import { DEFAULT_LOCALE, type DisplayPrefs, displayPrefsToken, localize } from '@sprout/shared/i18n';

const EMPTY_ROOT = '<div id="root"></div>';
const DEFAULT_HTML = `<html lang="${DEFAULT_LOCALE}">`;

/**
 * The published app as inert JSON for the resident page. `type="application/json"` is data,
 * never run, so the page's CSP (no inline script) holds; `<` is escaped so no value can close
 * the element.
 */
export function inlineAppJson(body: PublishedAppBody): string {
  return JSON.stringify(body)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The resident page with its published app inside (`json`, from `inlineAppJson`): the form
 * renders without waiting for a second round trip. With `rendered` (the form rendered on the
 * server for the device's display choice) `#root` holds it already, named with that choice,
 * and the page speaks its language, has its text size and a title naming the app, so the form
 * shows and takes answers before the scripts arrive; the page's script then hydrates it.
 */
export function residentPage(
  html: string,
  body: PublishedAppBody,
  json: string,
  rendered?: { markup: string; prefs: DisplayPrefs },
): string {
  const element = `<script type="application/json" id="${INLINE_APP_ID}">${json}</script>`;
  const at = html.indexOf('</head>');
  let page = at === -1 ? element + html : `${html.slice(0, at)}${element}${html.slice(at)}`;
  if (rendered !== undefined && page.includes(EMPTY_ROOT)) {
    const { markup, prefs } = rendered;
    const token = displayPrefsToken(prefs);
    page = page.replace(EMPTY_ROOT, () => `<div id="root" ${SERVER_RENDERED_ATTRIBUTE}="${token}">${markup}</div>`);
    // As the page's shell sets them once it runs, so nothing shifts when it does.
    const large = prefs.largeText ? ' class="sp-large-page"' : '';
    page = page.replace(DEFAULT_HTML, () => `<html lang="${prefs.locale}"${large}>`);
    const title = localize(body.definition.meta.title, prefs.locale);
    if (title) page = page.replace('<title>萌芽</title>', () => `<title>${escapeHtml(title)} · 萌芽</title>`);
  }
  return page;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

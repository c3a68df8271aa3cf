import { INLINE_APP_ID, type PublishedAppBody, SERVER_RENDERED_ATTRIBUTE } from '@sprout/shared/api';
import { DEFAULT_LOCALE, localize } from '@sprout/shared/i18n';

const EMPTY_ROOT = '<div id="root"></div>';

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
 * renders without waiting for a second round trip. With `markup` (the form rendered on the
 * server) `#root` holds it already and the title names the app, so the form shows and takes
 * answers before the scripts arrive; the page's script then hydrates it.
 */
export function residentPage(html: string, body: PublishedAppBody, json: string, markup?: string): string {
  const element = `<script type="application/json" id="${INLINE_APP_ID}">${json}</script>`;
  const at = html.indexOf('</head>');
  let page = at === -1 ? element + html : `${html.slice(0, at)}${element}${html.slice(at)}`;
  if (markup !== undefined && page.includes(EMPTY_ROOT)) {
    page = page.replace(EMPTY_ROOT, () => `<div id="root" ${SERVER_RENDERED_ATTRIBUTE}="">${markup}</div>`);
    const title = localize(body.definition.meta.title, DEFAULT_LOCALE);
    if (title) page = page.replace('<title>萌芽</title>', () => `<title>${escapeHtml(title)} · 萌芽</title>`);
  }
  return page;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

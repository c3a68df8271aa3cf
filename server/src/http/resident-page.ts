import type { PublishedAppBody } from '@sprout/shared/api';

/** The id of the inert JSON element the resident page reads its app from (see runtime's public-api.ts). */
export const INLINE_APP_ID = 'sprout-published-app';

/**
 * The resident page with its published app inside, as inert JSON: the form renders
 * without waiting for a second round trip. `type="application/json"` is data, never run,
 * so the page's CSP (no inline script) holds; `<` is escaped so no value can close the element.
 */
export function withInlineApp(html: string, body: PublishedAppBody): string {
  const json = JSON.stringify(body)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const element = `<script type="application/json" id="${INLINE_APP_ID}">${json}</script>`;
  const at = html.indexOf('</head>');
  return at === -1 ? element + html : `${html.slice(0, at)}${element}${html.slice(at)}`;
}

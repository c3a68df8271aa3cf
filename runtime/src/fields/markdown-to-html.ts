import { micromark } from 'micromark';

const htmlCache = new Map<string, string>();

/**
 * Officials' Markdown as HTML. micromark escapes raw HTML and drops `javascript:`
 * and other dangerous URLs by default, so the output is safe to insert.
 * @example markdownToHtml('**注意**<script>') // '<p><strong>注意</strong>&lt;script&gt;</p>'
 */
export function markdownToHtml(source: string): string {
  let html = htmlCache.get(source);
  if (html === undefined) {
    html = micromark(source, { allowDangerousHtml: false, allowDangerousProtocol: false });
    htmlCache.set(source, html);
  }
  return html;
}

import { type Locale, type LocalizedText, localize } from '@sprout/shared/i18n';
import { micromark } from 'micromark';
import { memo } from 'react';

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

export const MarkdownBlock = memo(function MarkdownBlock({ content, locale }: { content: unknown; locale: Locale }) {
  const text = localize(content as LocalizedText | undefined, locale);
  if (!text) return null;
  return <div className="sp-markdown" dangerouslySetInnerHTML={{ __html: markdownToHtml(text) }} />;
});

/** Only http(s), site-relative and inline image URLs are shown. */
export function isSafeImageSrc(src: string): boolean {
  return /^(https?:\/\/|\/(?!\/)|data:image\/(png|jpeg|gif|webp);)/i.test(src);
}

export function ImageBlock({ props, locale }: { props: Record<string, unknown>; locale: Locale }) {
  const src = typeof props.src === 'string' ? props.src : '';
  if (!src || !isSafeImageSrc(src)) return null;
  return (
    <img className="sp-image" src={src} alt={localize(props.alt as LocalizedText | undefined, locale)} loading="lazy" />
  );
}

export function Divider() {
  return <hr className="sp-divider" />;
}

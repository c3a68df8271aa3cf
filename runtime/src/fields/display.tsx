import { type Locale, type LocalizedText, localize } from '@sprout/shared/i18n';
import { lazy, memo, Suspense } from 'react';

// The Markdown parser (about 16 KB gzipped) loads only for apps that have text blocks.
const MarkdownHtml = lazy(() => import('./MarkdownHtml.tsx'));

export const MarkdownBlock = memo(function MarkdownBlock({ content, locale }: { content: unknown; locale: Locale }) {
  const text = localize(content as LocalizedText | undefined, locale);
  if (!text) return null;
  return (
    <Suspense fallback={<div className="sp-markdown">{text}</div>}>
      <MarkdownHtml source={text} />
    </Suspense>
  );
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

import { INLINE_APP_ID, type PublishedAppBody } from '@sprout/shared/api';

// Its own module: the page's entry reads the inline app before the rest of the page's code
// (HTTP helpers included) has arrived.

/**
 * The published app the server put into the page, when it is the one asked for, left in the
 * page: the entry reads it to decide how to take over the server's form.
 */
export function peekInlinePublishedApp(
  slug: string,
  doc: Document | undefined = globalThis.document,
): PublishedAppBody | undefined {
  const text = doc?.getElementById(INLINE_APP_ID)?.textContent;
  if (!text) return undefined;
  try {
    const body = JSON.parse(text) as PublishedAppBody;
    return body.app?.slug === slug ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The published app the server put into the page, when it is the one asked for: the
 * form renders without a second round trip. Used once: a retry or a reload after a
 * new version asks the server.
 */
export function takeInlinePublishedApp(
  slug: string,
  doc: Document | undefined = globalThis.document,
): PublishedAppBody | undefined {
  const body = peekInlinePublishedApp(slug, doc);
  doc?.getElementById(INLINE_APP_ID)?.remove();
  return body;
}

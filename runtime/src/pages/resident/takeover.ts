import { SERVER_RENDERED_ATTRIBUTE } from '@sprout/shared/api';
import { parseDisplayPrefsToken } from '@sprout/shared/i18n';
import { peekInlinePublishedApp } from '../../api/inline-app.ts';
import type { EnumerableStorage } from '../../drafts/draft-store.ts';
import { serverRenderFits } from './server-render-fits.ts';

/**
 * How the page's code takes over the form the server rendered into `#root`: `hydrate` keeps
 * it (and whatever was typed into it); `render` replaces it (a language or text size other
 * than the server was told, a draft, a queued submission, a receipt link), so what is typed
 * into it meanwhile would be lost.
 */
export type Takeover = 'hydrate' | 'render';

const ATTRIBUTE = 'data-takeover';

/** The app's slug in `/a/:slug/…`. */
export function pageSlug(pathname: string): string {
  return decodeURIComponent(pathname.replace(/^\/a\//, '').split('/')[0] ?? '');
}

/**
 * Decided once, by the page's entry as soon as it runs: a form that will be replaced is held
 * still until then (its controls disabled, the form marked busy), so no answer typed into it
 * is lost. What the entry decided is written on `#root` for the page's code to follow.
 */
export function prepareTakeover(
  root: HTMLElement,
  where: { pathname: string; search: string },
  storage: EnumerableStorage | undefined,
): Takeover {
  const slug = pageSlug(where.pathname);
  const receipt = new URLSearchParams(where.search).has('receipt');
  const published = receipt ? undefined : peekInlinePublishedApp(slug, root.ownerDocument);
  const rendered = root.getAttribute(SERVER_RENDERED_ATTRIBUTE);
  const fits =
    !!published &&
    rendered !== null &&
    serverRenderFits(storage, slug, published.version, parseDisplayPrefsToken(rendered));
  const takeover: Takeover = fits ? 'hydrate' : 'render';
  root.setAttribute(ATTRIBUTE, takeover);
  if (takeover === 'render' && root.hasAttribute(SERVER_RENDERED_ATTRIBUTE)) holdStill(root);
  return takeover;
}

/** What the entry decided (`render` if it did not run, as for a page without the server's form). */
export function decidedTakeover(root: HTMLElement): Takeover {
  return root.getAttribute(ATTRIBUTE) === 'hydrate' ? 'hydrate' : 'render';
}

/** The page's code has taken over: the form is no longer busy. */
export function finishTakeover(root: HTMLElement): void {
  root.removeAttribute('aria-busy');
}

// The markup is replaced as a whole by the first render, so changing it here undoes nothing.
function holdStill(root: HTMLElement): void {
  root.setAttribute('aria-busy', 'true');
  for (const control of root.querySelectorAll<HTMLInputElement>('input, select, textarea, button')) {
    control.disabled = true;
  }
}

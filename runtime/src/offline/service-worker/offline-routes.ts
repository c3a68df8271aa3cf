/**
 * How the service worker answers one request (see docs/drafts-and-offline.md):
 * - `page`: the resident page or /verify — the network first, so a newly published
 *   version shows on the next visit; the last copy when the network fails.
 * - `immutable`: fingerprinted or content-addressed files — the cache first.
 * - `network-first`: small GET answers the form needs again offline (the published app
 *   when asked again, the region picker's levels, host modules of pack widgets).
 * - `pass`: everything else, above all every write: the outbox sends those itself.
 */
export type OfflineStrategy = 'page' | 'immutable' | 'network-first' | 'pass';

export interface RequestFacts {
  url: URL;
  method: string;
  /** `navigate` for a page load. */
  mode: string;
}

const PUBLISHED_APP = /^\/api\/v1\/public\/apps\/[^/]+$/;

/** True for the pages the worker keeps: `/a/:slug` and `/verify`. */
export function isOfflinePage(pathname: string): boolean {
  return /^\/a\/[^/]+\/?$/.test(pathname) || pathname === '/verify';
}

export function offlineStrategy(request: RequestFacts, origin: string): OfflineStrategy {
  const { url, method, mode } = request;
  if (method !== 'GET' || url.origin !== origin) return 'pass';
  const path = url.pathname;
  if (mode === 'navigate') return isOfflinePage(path) ? 'page' : 'pass';
  if (path.startsWith('/r/assets/') || path.startsWith('/packs/')) return 'immutable';
  if (path.startsWith('/r/host/') || path === '/api/v1/divisions' || PUBLISHED_APP.test(path)) return 'network-first';
  return 'pass';
}

/** The key a page is kept under: its path, so `?receipt=` variants share one copy. */
export function pageKey(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
}

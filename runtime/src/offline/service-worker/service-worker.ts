/**
 * The resident pages' service worker, built to `/r/sw.js` (runtime/vite/service-worker.ts)
 * and registered for `/a/` and for `/verify` (register.ts). After a first visit the page
 * opens and can be filled with no network: its HTML (with the published app inside) and
 * every script it may load are kept; the outbox sends the submission later.
 *
 * It never swaps anything under an open form: a new build waits until no page uses the old
 * one (no `skipWaiting`), and a newly published version arrives with the next page load.
 * Self-contained on purpose (no imports but types and the routing table), so it stays one file.
 */
import { isOfflinePage, offlineStrategy, pageKey } from './offline-routes.ts';

/** Replaced at build time with `{ build, pages: { resident: [...], verify: [...] } }`. */
declare const __SPROUT_PRECACHE__: Precache;

interface Precache {
  build: string;
  pages: Record<'resident' | 'verify', string[]>;
}

// The worker's globals, typed here because the package compiles against the DOM library.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  /** The page's response, asked for while the worker was starting (navigation preload). */
  preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string; navigationPreload?: { enable(): Promise<void> } };
  location: Location;
  clients: { claim(): Promise<void>; matchAll(o: object): Promise<ReadonlyArray<{ url: string }>> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const PRECACHE = __SPROUT_PRECACHE__;
const ASSETS = `sprout-assets-${PRECACHE.build}`;
const PAGES = 'sprout-pages';
const ANSWERS = 'sprout-answers';
/** On a weak network a page waits this long for the server before it opens from the copy. */
const PAGE_PATIENCE_MS = 4000;

const page = worker.registration.scope.endsWith('/verify') ? 'verify' : 'resident';

worker.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([caches.open(ASSETS).then((c) => c.addAll(PRECACHE.pages[page])), keepOpenPages()]));
});

worker.addEventListener('activate', (event) => {
  // Only reached when no page runs the previous build, so its files can go.
  const stale = (name: string) => name.startsWith('sprout-assets-') && name !== ASSETS;
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter(stale).map((n) => caches.delete(n))))
      // A page load need not wait for the worker to start before asking the network.
      .then(() => worker.registration.navigationPreload?.enable())
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  const strategy = offlineStrategy({ url: new URL(request.url), method: request.method, mode: request.mode }, origin());
  if (strategy === 'page') event.respondWith(pageFirstFromNetwork(request, event.preloadResponse));
  else if (strategy === 'immutable') event.respondWith(fromCacheFirst(request));
  else if (strategy === 'network-first') event.respondWith(fromNetworkFirst(request));
});

function origin(): string {
  return worker.location.origin;
}

/** The pages open in this scope right now: the visit that registered the worker is one of them. */
async function keepOpenPages(): Promise<void> {
  const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.map((w) => new URL(w.url)).filter((u) => u.href.startsWith(worker.registration.scope));
  const urls = open.filter((u) => isOfflinePage(u.pathname)).map(pageKey);
  if (page === 'verify') urls.push(`${origin()}/verify`);
  const cache = await caches.open(PAGES);
  await Promise.all([...new Set(urls)].map((url) => fetch(url).then((r) => (r.ok ? cache.put(url, r) : undefined))));
}

async function pageFirstFromNetwork(request: Request, preload: Promise<Response | undefined>): Promise<Response> {
  const key = pageKey(new URL(request.url));
  const kept = await caches.open(PAGES).then((c) => c.match(key));
  const fresh = preload
    .then((early) => early ?? fetch(request))
    .then(async (r) => {
      if (r.ok) await caches.open(PAGES).then((c) => c.put(key, r.clone()));
      return r;
    });
  if (!kept) return fresh;
  const patience = new Promise<Response>((resolve) => setTimeout(() => resolve(kept), PAGE_PATIENCE_MS));
  return Promise.race([fresh.catch(() => kept), patience]);
}

async function fromCacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const r = await fetch(request);
  if (r.ok) await cache.put(request, r.clone());
  return r;
}

async function fromNetworkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(ANSWERS);
  try {
    const r = await fetch(request);
    if (r.ok) await cache.put(request, r.clone());
    return r;
  } catch (error) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw error;
  }
}

/**
 * The resident pages' service worker, built to `/r/sw.js` (runtime/vite/service-worker.ts)
 * and registered for `/a/` and for `/verify` (register.ts). After a first visit the page
 * opens and can be filled with no network: its HTML (with the published app inside) and
 * every script it may load are kept; the outbox sends the submission later.
 *
 * A page with a copy opens from it at once, and the server's answer replaces the copy for the
 * next visit (stale-while-revalidate): on a weak network a visit need not wait a round trip.
 * It never swaps anything under an open form: a new build waits until no page uses the old
 * one (no `skipWaiting`). When the server's answer shows that the copy just opened is out of
 * date (a newer published version), the page learns it by asking (`PAGE_CHECK`) and reloads
 * while nothing has been typed (reload-when-outdated.ts).
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
  /** The id of the window a navigation will open. */
  resultingClientId: string;
  /** The page's response, asked for while the worker was starting (navigation preload). */
  preloadResponse: Promise<Response | undefined>;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  source: { id: string } | null;
  ports: ReadonlyArray<MessagePort>;
}
interface WorkerScope {
  registration: { scope: string; navigationPreload?: { enable(): Promise<void> } };
  location: Location;
  clients: { claim(): Promise<void>; matchAll(o: object): Promise<ReadonlyArray<{ url: string }>> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const PRECACHE = __SPROUT_PRECACHE__;
const ASSETS = `sprout-assets-${PRECACHE.build}`;
/** Per build: a kept page names the build's files, which go when the build does. */
const PAGES = `sprout-pages-${PRECACHE.build}`;
const ANSWERS = 'sprout-answers';
/** `PAGE_VERSION_HEADER` (shared/src/api/resident-page.ts), written out: this file imports nothing it would share with the pages. */
const PAGE_VERSION = 'Sprout-Page-Version';
/** The question a page asks (reload-when-outdated.ts), written out for the same reason. */
const PAGE_CHECK = 'sprout:is-page-outdated';
/** For each window opened from a kept copy: whether the server's answer shows the copy was out of date. */
const outdated = new Map<string, Promise<boolean>>();

const page = worker.registration.scope.endsWith('/verify') ? 'verify' : 'resident';

worker.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([caches.open(ASSETS).then((c) => c.addAll(PRECACHE.pages[page])), keepOpenPages()]));
});

worker.addEventListener('activate', (event) => {
  // Only reached when no page runs the previous build, so its files can go.
  const stale = (name: string) =>
    (name.startsWith('sprout-assets-') && name !== ASSETS) || (name.startsWith('sprout-pages') && name !== PAGES);
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
  if (strategy === 'page') event.respondWith(openPage(event));
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

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  const port = event.ports[0];
  if (data?.type !== PAGE_CHECK || !port) return;
  const answer = (event.source && outdated.get(event.source.id)) || Promise.resolve(false);
  event.waitUntil(answer.then((isOutdated) => port.postMessage({ outdated: isOutdated })));
});

/** The kept copy at once when there is one, the server's answer kept for the next visit. */
async function openPage(event: FetchEvent): Promise<Response> {
  const key = pageKey(new URL(event.request.url));
  const cache = await caches.open(PAGES);
  const kept = await cache.match(key);
  const fresh = event.preloadResponse
    .then((early) => early ?? fetch(event.request))
    .then(async (r) => {
      if (r.ok) await cache.put(key, r.clone());
      return r;
    });
  if (!kept) return fresh;
  const keptVersion = kept.headers.get(PAGE_VERSION);
  const isOutdated = fresh.then(
    (r) => r.ok && r.headers.get(PAGE_VERSION) !== keptVersion,
    () => false,
  );
  const client = event.resultingClientId;
  if (client) {
    outdated.set(client, isOutdated);
    // Asked within moments of the page opening; a page that never asks must not leak.
    setTimeout(() => outdated.delete(client), 60_000);
  }
  event.waitUntil(isOutdated);
  return kept;
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

import type { Result, Router } from 'hono/router';

/** How many different method + path pairs are remembered before starting over. */
const MAX_REMEMBERED = 1000;
/** Longer paths (rare, and costly to hash) are matched every time. */
const MAX_PATH_LENGTH = 200;

/**
 * A hono router that remembers what it matched for a method and path. Sprout's ~200
 * routes do not fit hono's RegExpRouter (a static segment beside a parameter, as in
 * `/orgs/top-level` and `/orgs/:id/move`), so every request walks the trie router, which
 * also collects and sorts the middleware of every wildcard on the way: ~2 µs a request.
 * Most requests repeat a path (a resident's app, its submissions, the health checks); those
 * are matched once. A match result is only read by hono, never changed, so it can be shared.
 * The memory stays bounded: past `MAX_REMEMBERED` pairs it starts over. `prepare` (by
 * default none) turns a match into what is remembered and answered (`oneLayer`).
 */
export function cachedRouter<T>(inner: Router<T>, prepare: (match: Result<T>) => Result<T> = (m) => m): Router<T> {
  // By method, then path: a key joining the two was a new string to build and hash per request.
  const remembered = new Map<string, Map<string, Result<T>>>();
  let count = 0;
  const forget = () => {
    remembered.clear();
    count = 0;
  };
  return {
    name: `cached ${inner.name}`,
    add(method, path, handler) {
      forget();
      inner.add(method, path, handler);
    },
    match(method, path) {
      if (path.length > MAX_PATH_LENGTH) return prepare(inner.match(method, path));
      let byPath = remembered.get(method);
      let result = byPath?.get(path);
      if (result === undefined) {
        result = prepare(inner.match(method, path));
        if (count >= MAX_REMEMBERED) forget();
        byPath = remembered.get(method);
        if (byPath === undefined) {
          byPath = new Map();
          remembered.set(method, byPath);
        }
        byPath.set(path, result);
        count++;
      }
      return result;
    },
  };
}

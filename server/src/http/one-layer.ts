import type { ErrorHandler } from 'hono';
import type { Result } from 'hono/router';
import type { H, RouterRoute } from 'hono/types';

/** What hono's router holds for each route and middleware: the handler and where it was added. */
export type Layer = [handler: H, route: RouterRoute];

/** What `next()` answers when the layers after it finished without waiting on anything. */
const PASSED_ON: Promise<void> = Promise.resolve();

/** The route that answers: the last one that is not a middleware (`ALL`, or a path ending in `*`). */
function answeringRoute(matched: ReadonlyArray<readonly [Layer, unknown]>): RouterRoute | undefined {
  for (let i = matched.length - 1; i >= 0; i--) {
    const route = matched[i]?.[0][1];
    if (route && route.method !== 'ALL' && !route.path.endsWith('*')) return route;
  }
  return matched.at(-1)?.[0][1];
}

/**
 * A router's match with its middleware and route as one layer. hono runs a match of one
 * handler by calling it; a match of several it steps through with `compose`, an `async`
 * step per layer and one around them: promises and microtasks on every request, even
 * where no layer waits on anything (every API request passes three). The layer made here
 * runs them in the same order with the same rules (a layer's error becomes the app's error
 * answer where it was thrown, so the layers before it see that answer, as with `compose`)
 * and waits only where a layer does. Its route is the answering one (for the access log) and
 * its params are every layer's: unlike with `compose`, a middleware at `/apps/*` can read the
 * route's `:id` (none of ours reads params). A router with a param stash (RegExpRouter) is
 * left as it is.
 */
export function oneLayer(result: Result<Layer>, onError: ErrorHandler): Result<Layer> {
  const [matched, stash] = result;
  const route = answeringRoute(matched);
  if (matched.length < 2 || stash !== undefined || route === undefined) return result;
  const handlers = matched.map(([[handler]]) => handler);
  const params = Object.assign({}, ...matched.map(([, each]) => each));
  return [[[[inOrder(handlers, onError), route], params]]];
}

/** Runs `handlers` one inside the other, as hono's `compose` would. */
function inOrder(handlers: ReadonlyArray<Layer[0]>, onError: ErrorHandler): Layer[0] {
  return (c, last) => {
    const failed = (err: unknown): Promise<void> | undefined => {
      if (!(err instanceof Error)) throw err;
      c.error = err;
      const answer = onError(err, c);
      if (!(answer instanceof Promise)) {
        c.res = answer;
        return undefined;
      }
      return answer.then((res) => {
        c.res = res;
      });
    };
    const keep = (answer: unknown) => {
      if (answer instanceof Response && !c.finalized) c.res = answer;
    };
    // Not async: a layer that passes straight on, or answers at once, adds no promise of its own.
    const step = (i: number): Promise<void> | undefined => {
      const handler = handlers[i];
      if (handler === undefined) return last() as Promise<void>;
      let passedOn: Promise<void> | undefined;
      let answer: unknown;
      try {
        answer = handler(c, () => {
          passedOn = step(i + 1) ?? PASSED_ON;
          return passedOn;
        });
      } catch (err) {
        return failed(err);
      }
      // A layer that hands back what the next one answered has nothing of its own to keep.
      if (answer === passedOn) return passedOn;
      if (answer instanceof Promise) return answer.then(keep, failed);
      keep(answer);
      return undefined;
    };
    const done = step(0);
    const answered = () => (c.finalized ? c.res : undefined);
    return done === undefined ? answered() : done.then(answered);
  };
}

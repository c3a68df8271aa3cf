import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from '../logging/logger.ts';
import type { AppEnv } from './context.ts';
import { addToHead } from './headed-response.ts';
import { nodeResponse, requestHeader } from './node-request.ts';

/** A proxy's request id is kept only when it is short and plain, so it cannot forge log lines. */
const USABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's `X-Request-Id` when usable, else a fresh UUID. */
export function requestIdOf(header: string | undefined): string {
  return header && USABLE_ID.test(header) ? header : randomUUID();
}

/**
 * The route pattern that answered (`/api/v1/apps/:id`), not the URL: slugs, receipt codes
 * and query strings stay out of the logs, and lines group by route. The last matched route
 * that is not a middleware (`ALL`, or a path ending in `*`), found without building hono's
 * `matchedRoutes` list on every request.
 */
function routeOf(c: Context<AppEnv>): string {
  const matched = matchedRoutes(c);
  for (let i = matched.length - 1; i >= 0; i--) {
    const route = matched[i];
    if (route && route.method !== 'ALL' && !route.path.endsWith('*')) return route.path;
  }
  return '(no route)';
}

/**
 * Gives each request an id (echoed in `X-Request-Id`, set on the context for error logs)
 * and answers the function that writes its line once it is answered: method, route,
 * status, ms, request id. Called by `everyRequest`, not a layer of its own.
 */
export function startRequestLog(c: Context<AppEnv>, logger: Logger): () => void {
  const started = performance.now();
  const reqId = requestIdOf(requestHeader(c, 'x-request-id'));
  c.set('requestId', reqId);
  // On Node the id goes onto the Node response up front: no answer's headers are rebuilt for it.
  const outgoing = nodeResponse(c);
  if (outgoing) addToHead(outgoing, [['X-Request-Id', reqId]]);
  return () => {
    // Set in place: c.header() after next() would rebuild the answer from its first headers.
    if (!outgoing) c.res.headers.set('X-Request-Id', reqId);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const line = { reqId, method: c.req.method, route: routeOf(c), status: c.res.status, ms };
    if (logger.request) logger.request(line);
    else logger.info(line, 'request');
  };
}

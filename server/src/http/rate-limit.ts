import type { MiddlewareHandler } from 'hono';
import type { RateBucketStore, RateLimit } from '../storage/types.ts';
import { isBottomless, type LimitedRoute } from './rate-limit-policy.ts';
import type { AppEnv } from './context.ts';
import { Problem } from './problem.ts';

/**
 * Takes one token from each bucket in order; answers the wait in ms of the first that
 * is empty, or 0 when every bucket gave one.
 */
export async function takeTokens(
  store: RateBucketStore,
  buckets: Array<{ key: string; limit: RateLimit }>,
  now: number,
): Promise<number> {
  for (const { key, limit } of buckets) {
    const taken = await store.take(key, limit, now);
    if (!taken.ok) return taken.retryAfterMs;
  }
  return 0;
}

/** Middleware of a `/public/apps/:slug/…` write: 429 with Retry-After when a bucket is empty. */
export function rateLimited(route: LimitedRoute): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { storage, clock, rateLimits } = c.get('deps');
    const limits = rateLimits[route];
    // Limits switched off: no write per request for buckets that can never say no.
    if (isBottomless(limits.perAddress) && isBottomless(limits.perApp)) return next();
    const wait = await takeTokens(
      storage.rateBuckets,
      [
        { key: `${route}:ip:${c.get('ip') ?? 'unknown'}`, limit: limits.perAddress },
        { key: `${route}:app:${c.req.param('slug') ?? ''}`, limit: limits.perApp },
      ],
      clock.now().getTime(),
    );
    if (wait > 0) {
      throw new Problem(
        429,
        { 'zh-CN': '提交太频繁，请稍后再试', en: 'Too many requests; try again later' },
        undefined,
        { 'Retry-After': String(Math.ceil(wait / 1000)) },
      );
    }
    await next();
  };
}

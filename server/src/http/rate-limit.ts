import type { MiddlewareHandler } from 'hono';
import type { RateBucketStore, RateLimit } from '../storage/types.ts';
import type { AppEnv } from './context.ts';
import { Problem } from './problem.ts';

/** The anonymous routes that take writes, each limited per client address and per app. */
export type LimitedRoute = 'submit' | 'upload';
export type RateLimits = Record<LimitedRoute, { perAddress: RateLimit; perApp: RateLimit }>;

/**
 * Generous per address, because a village's phones often share one carrier address;
 * the per-app bucket caps a flood spread over many addresses.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  submit: { perAddress: { capacity: 30, perSecond: 0.5 }, perApp: { capacity: 600, perSecond: 50 } },
  upload: { perAddress: { capacity: 30, perSecond: 0.5 }, perApp: { capacity: 300, perSecond: 20 } },
};

const NO_LIMIT: RateLimit = { capacity: 1e9, perSecond: 1e9 };

/** For load tests and benchmarks only (SPROUT_RATE_LIMITS=off): every bucket is bottomless. */
export const NO_RATE_LIMITS: RateLimits = {
  submit: { perAddress: NO_LIMIT, perApp: NO_LIMIT },
  upload: { perAddress: NO_LIMIT, perApp: NO_LIMIT },
};

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

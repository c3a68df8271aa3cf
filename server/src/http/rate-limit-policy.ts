import type { RateLimit } from '../storage/types.ts';

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

/** A bucket that never runs dry (SPROUT_RATE_LIMITS=off) needs no bookkeeping. */
export const isBottomless = (limit: RateLimit): boolean =>
  limit.capacity >= NO_LIMIT.capacity && limit.perSecond >= NO_LIMIT.perSecond;

/** For load tests and benchmarks only (SPROUT_RATE_LIMITS=off): every bucket is bottomless. */
export const NO_RATE_LIMITS: RateLimits = {
  submit: { perAddress: NO_LIMIT, perApp: NO_LIMIT },
  upload: { perAddress: NO_LIMIT, perApp: NO_LIMIT },
};

import type { RateBucketStore } from '../types.ts';
import type { Sql } from './db.ts';

/** The advisory-lock namespace of rate buckets; the second key is the bucket key's hash. */
const BUCKET_LOCK_SPACE = 4_011_219;

/**
 * Token buckets in the database, so every server node draws from the same bucket. A
 * transaction-level advisory lock on the key makes read-refill-take atomic, also for a
 * bucket's first take (no row to lock yet). Refill is computed from the time since the
 * last take; nothing runs in the background.
 */
export function createRateBucketStore(sql: Sql): RateBucketStore {
  return {
    take: async (key, limit, now) =>
      sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(${BUCKET_LOCK_SPACE}, hashtext(${key}))`;
        // A bucket untouched for a day has refilled for any sane limit: forgetting it changes nothing.
        await tx`DELETE FROM rate_buckets WHERE updated_at < ${now - 86_400_000}`;
        const [row] = await tx<{ tokens: number; updated_at: number }[]>`
          SELECT tokens, updated_at FROM rate_buckets WHERE key = ${key}`;
        const elapsed = row ? Math.max(0, now - row.updated_at) / 1000 : 0;
        const tokens = row ? Math.min(limit.capacity, row.tokens + elapsed * limit.perSecond) : limit.capacity;
        const left = tokens < 1 ? tokens : tokens - 1;
        await tx`INSERT INTO rate_buckets (key, tokens, updated_at) VALUES (${key}, ${left}, ${now})
          ON CONFLICT (key) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at`;
        return tokens < 1
          ? { ok: false as const, retryAfterMs: Math.ceil(((1 - tokens) / limit.perSecond) * 1000) }
          : { ok: true as const };
      }),
  };
}

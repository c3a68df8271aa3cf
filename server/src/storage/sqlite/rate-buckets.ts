import type { Database } from 'better-sqlite3';
import type { RateBucketStore, RateLimit } from '../types.ts';
import { unsynced } from './unsynced.ts';

/**
 * Token buckets in the database, so every server process draws from the same bucket.
 * Refill is computed from the time since the last take; nothing runs in the background.
 * Takes are committed without an fsync (see unsynced.ts).
 */
export function createRateBucketStore(db: Database): RateBucketStore {
  const get = db.prepare<[string], { tokens: number; updated_at: number }>(
    'SELECT tokens, updated_at FROM rate_buckets WHERE key = ?',
  );
  const put = db.prepare(
    `INSERT INTO rate_buckets (key, tokens, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at`,
  );
  // A bucket untouched for a day has refilled for any sane limit: forgetting it changes nothing,
  // and forgetting it a minute late neither.
  const purge = db.prepare('DELETE FROM rate_buckets WHERE updated_at < ?');
  let purgedAt = 0;
  const take = db.transaction((key: string, limit: RateLimit, now: number) => {
    if (now - purgedAt > 60_000) {
      purge.run(now - 86_400_000);
      purgedAt = now;
    }
    const row = get.get(key);
    const elapsed = row ? Math.max(0, now - row.updated_at) / 1000 : 0;
    const tokens = row ? Math.min(limit.capacity, row.tokens + elapsed * limit.perSecond) : limit.capacity;
    if (tokens < 1) {
      put.run(key, tokens, now);
      return { ok: false as const, retryAfterMs: Math.ceil(((1 - tokens) / limit.perSecond) * 1000) };
    }
    put.run(key, tokens - 1, now);
    return { ok: true as const };
  });
  // A bucket lost in a power cut just refills: not worth an fsync on every resident's submit.
  const takeUnsynced = unsynced(db, take.immediate);
  return { take: async (key, limit, now) => takeUnsynced(key, limit, now) };
}

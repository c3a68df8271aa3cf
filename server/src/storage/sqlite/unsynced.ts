import type { Database } from 'better-sqlite3';

/**
 * Runs `write` (a transaction) committed without waiting for an fsync, for state whose
 * last moments may be lost in a power cut without harm: rate-limit buckets refill anyway.
 * In WAL mode `synchronous=NORMAL` appends the commit to the WAL without syncing it; the
 * next FULL commit (a submission) syncs the WAL, these frames included. Everything on
 * this connection runs on one thread, so no durable commit can fall inside the window.
 * @example const take = unsynced(db, db.transaction(() => put.run(key, tokens, now)));
 */
export function unsynced<A extends unknown[], R>(db: Database, write: (...args: A) => R): (...args: A) => R {
  // Not prepared once: SQLite applies this pragma when the statement is compiled, not run.
  return (...args) => {
    db.pragma('synchronous = NORMAL');
    try {
      return write(...args);
    } finally {
      db.pragma('synchronous = FULL');
    }
  };
}

import type { Database } from 'better-sqlite3';
import type { LoginLockStore, LoginPolicy } from '../types.ts';
import { ANY_USER, failuresOf, type LockRow, lockFor } from '../rows/login-lock-row.ts';

export function createLoginLockStore(db: Database): LoginLockStore {
  const get = db.prepare<[string, string], LockRow>('SELECT * FROM login_locks WHERE username = ? AND address = ?');
  const put = db.prepare(
    `INSERT INTO login_locks (username, address, failures, locked_until, last_failure_at)
     VALUES (@username, @address, @failures, @lockedUntil, @now)
     ON CONFLICT (username, address) DO UPDATE SET failures = @failures, locked_until = @lockedUntil,
       last_failure_at = @now`,
  );
  const remove = db.prepare('DELETE FROM login_locks WHERE username = ? AND address = ?');
  const undo = db.prepare(
    `UPDATE login_locks SET failures = failures - 1,
       locked_until = CASE WHEN failures - 1 < ? THEN NULL ELSE locked_until END
     WHERE username = '' AND address = ? AND failures > 0`,
  );
  const purge = db.prepare(
    'DELETE FROM login_locks WHERE last_failure_at < @cutoff AND coalesce(locked_until, 0) <= @now',
  );
  const locked = db.prepare<[number], LockRow>(
    'SELECT * FROM login_locks WHERE locked_until > ? ORDER BY locked_until DESC LIMIT 500',
  );

  /** A row's failures, forgotten once they are old and no lock holds. */
  // IMMEDIATE: the write lock is taken before the read, so another process cannot read the
  // same count in between; within this process better-sqlite3 runs it without yielding.
  const begin = db.transaction((username: string, address: string, policy: LoginPolicy, now: number) => {
    purge.run({ cutoff: now - policy.forgetMs, now });
    const rows = [
      { username: username.toLowerCase(), limit: policy.perAccount, row: get.get(username, address) },
      { username: ANY_USER, limit: policy.perAddress, row: get.get(ANY_USER, address) },
    ];
    const waits = rows.map(({ row }) => (row?.locked_until ?? 0) - now).filter((ms) => ms > 0);
    if (waits.length > 0) return { allowed: false as const, retryAfterMs: Math.max(...waits) };
    let lockedUntil: number | null = null;
    for (const { username: name, limit, row } of rows) {
      const failures = failuresOf(row, policy, now) + 1;
      const ms = lockFor(failures, limit, policy);
      const until = ms === null ? null : now + ms;
      if (until !== null) lockedUntil = Math.max(lockedUntil ?? 0, until);
      put.run({ username: name, address, failures, lockedUntil: until, now });
    }
    return { allowed: true as const, lockedUntil };
  });

  return {
    begin: async (username, address, policy, now) => begin.immediate(username, address, policy, now),
    succeeded: async (username, address, policy) => {
      db.transaction(() => {
        remove.run(username, address);
        undo.run(policy.perAddress, address);
      }).immediate();
    },
    locked: async (now) =>
      locked.all(now).map((r) => ({
        username: r.username === ANY_USER ? null : r.username,
        address: r.address,
        failures: r.failures,
        lockedUntil: new Date(r.locked_until ?? now).toISOString(),
      })),
    clear: async (username, address) => void remove.run(username ?? ANY_USER, address),
  };
}

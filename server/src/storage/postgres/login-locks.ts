import type { LoginLockStore } from '../types.ts';
import type { Sql } from './db.ts';
import { ANY_USER, failuresOf, type LockRow, lockFor } from '../rows/login-lock-row.ts';

/** The advisory-lock namespace of sign-in attempts; the second key is the address's hash. */
const LOGIN_LOCK_SPACE = 4_011_218;

/**
 * Failed sign-ins on PostgreSQL. Both rows of an attempt are keyed by the address, so a
 * transaction-level advisory lock on the address makes check-and-count one atomic step
 * across every server node, even for rows that do not exist yet (which FOR UPDATE cannot lock).
 */
export function createLoginLockStore(sql: Sql): LoginLockStore {
  return {
    begin: async (username, address, policy, now) =>
      sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(${LOGIN_LOCK_SPACE}, hashtext(${address}))`;
        await tx`DELETE FROM login_locks WHERE last_failure_at < ${now - policy.forgetMs}
          AND coalesce(locked_until, 0) <= ${now}`;
        const name = username.toLowerCase();
        const existing = await tx<LockRow[]>`SELECT username, address, failures, locked_until, last_failure_at
          FROM login_locks WHERE address = ${address} AND username IN (${name}, ${ANY_USER})`;
        const rows = [
          { username: name, limit: policy.perAccount, row: existing.find((r) => r.username === name) },
          { username: ANY_USER, limit: policy.perAddress, row: existing.find((r) => r.username === ANY_USER) },
        ];
        const waits = rows.map(({ row }) => (row?.locked_until ?? 0) - now).filter((ms) => ms > 0);
        if (waits.length > 0) return { allowed: false as const, retryAfterMs: Math.max(...waits) };
        let lockedUntil: number | null = null;
        for (const { username: key, limit, row } of rows) {
          const failures = failuresOf(row, policy, now) + 1;
          const ms = lockFor(failures, limit, policy);
          const until = ms === null ? null : now + ms;
          if (until !== null) lockedUntil = Math.max(lockedUntil ?? 0, until);
          await tx`INSERT INTO login_locks (username, address, failures, locked_until, last_failure_at)
            VALUES (${key}, ${address}, ${failures}, ${until}, ${now})
            ON CONFLICT (username, address) DO UPDATE SET failures = excluded.failures,
              locked_until = excluded.locked_until, last_failure_at = excluded.last_failure_at`;
        }
        return { allowed: true as const, lockedUntil };
      }),
    succeeded: async (username, address, policy) => {
      await sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(${LOGIN_LOCK_SPACE}, hashtext(${address}))`;
        await tx`DELETE FROM login_locks WHERE username = ${username.toLowerCase()} AND address = ${address}`;
        await tx`UPDATE login_locks SET failures = failures - 1,
            locked_until = CASE WHEN failures - 1 < ${policy.perAddress} THEN NULL ELSE locked_until END
          WHERE username = ${ANY_USER} AND address = ${address} AND failures > 0`;
      });
    },
    locked: async (now) =>
      (
        await sql<LockRow[]>`SELECT username, address, failures, locked_until, last_failure_at FROM login_locks
          WHERE locked_until > ${now} ORDER BY locked_until DESC LIMIT 500`
      ).map((r) => ({
        username: r.username === ANY_USER ? null : r.username,
        address: r.address,
        failures: r.failures,
        lockedUntil: new Date(r.locked_until ?? now).toISOString(),
      })),
    clear: async (username, address) => {
      await sql`DELETE FROM login_locks WHERE username = ${(username ?? ANY_USER).toLowerCase()}
        AND address = ${address}`;
    },
  };
}

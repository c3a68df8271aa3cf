import type { LoginPolicy } from '../types.ts';

/** A login_locks row, the same on every engine; the rules below read it the same way too. */
export interface LockRow {
  username: string;
  address: string;
  failures: number;
  locked_until: number | null;
  last_failure_at: number;
}

/** The address's own row (failures across every username) has the empty username. */
export const ANY_USER = '';

/** How long a row's count stays locked after its `failures`th failure: doubling, capped. */
export function lockFor(failures: number, limit: number, policy: LoginPolicy): number | null {
  if (failures < limit) return null;
  return Math.min(policy.lockMs * 2 ** (failures - limit), policy.maxLockMs);
}

/** Failures still counted at `now`: forgotten after `forgetMs` unless a lock is still running. */
export const failuresOf = (row: LockRow | undefined, policy: LoginPolicy, now: number): number =>
  !row || (now - row.last_failure_at > policy.forgetMs && (row.locked_until ?? 0) <= now) ? 0 : row.failures;

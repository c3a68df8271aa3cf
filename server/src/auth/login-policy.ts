import type { LoginPolicy } from '../storage/types.ts';

export interface LoginOptions {
  /** Failures of one username from one address before it waits (default 5). */
  lockAfter?: number;
  /** Failures from one address across usernames before it waits (default 20). */
  addressLockAfter?: number;
  /** The first wait in minutes (default 15); it doubles with each further failure, up to a day. */
  lockMinutes?: number;
}

/**
 * The sign-in limits. A wrong guess counts against the (username, address) pair, so a
 * stranger elsewhere never locks the real user out of their own address, and against
 * the address, so one address cannot spray one password over many usernames.
 */
export function loginPolicy(options: LoginOptions = {}): LoginPolicy {
  return {
    perAccount: options.lockAfter ?? 5,
    perAddress: options.addressLockAfter ?? 20,
    lockMs: (options.lockMinutes ?? 15) * 60_000,
    maxLockMs: 24 * 3600_000,
    forgetMs: 24 * 3600_000,
  };
}

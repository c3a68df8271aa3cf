import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { yuhangTree } from './org-tree.fixture.ts';
import type { LoginPolicy, Org, Storage } from './types.ts';

const AT = '2026-03-02T02:00:00.000Z';
const T0 = Date.parse(AT);
const POLICY: LoginPolicy = {
  perAccount: 3,
  perAddress: 5,
  lockMs: 60_000,
  maxLockMs: 3_600_000,
  forgetMs: 86_400_000,
};

/**
 * What a deployment relies on from storage: sign-in limits, rate-limit buckets shared
 * by every process, org administration and forced password changes.
 */
export function runDeployContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`deploy contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let county: Org;
    let town: Org;
    let village: Org;
    let other: Org;

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      ({ county, town, village, otherTown: other } = await yuhangTree(storage));
    });
    afterEach(() => dispose());

    const begin = (user: string, address: string, now = T0) => storage.loginLocks.begin(user, address, POLICY, now);

    it('lets the limit’s attempts through, the last one starting a lock, then refuses until it ends', async () => {
      expect(await begin('li', '1.1.1.1')).toEqual({ allowed: true, lockedUntil: null });
      expect(await begin('li', '1.1.1.1')).toEqual({ allowed: true, lockedUntil: null });
      expect(await begin('LI', '1.1.1.1')).toEqual({ allowed: true, lockedUntil: T0 + 60_000 });
      expect(await begin('li', '1.1.1.1', T0 + 1000)).toEqual({ allowed: false, retryAfterMs: 59_000 });
      // Another address is not locked out; a later failure waits twice as long.
      expect((await begin('li', '2.2.2.2')).allowed).toBe(true);
      expect(await begin('li', '1.1.1.1', T0 + 60_000)).toEqual({ allowed: true, lockedUntil: T0 + 180_000 });
    });

    it('limits one address across usernames, and a success takes its own count back', async () => {
      for (const u of ['a', 'b', 'c', 'd']) expect((await begin(u, '9.9.9.9')).allowed).toBe(true);
      await storage.loginLocks.succeeded('d', '9.9.9.9', POLICY);
      expect((await begin('e', '9.9.9.9')).allowed).toBe(true);
      expect(await begin('f', '9.9.9.9')).toEqual({ allowed: true, lockedUntil: T0 + 60_000 });
      expect((await begin('g', '9.9.9.9')).allowed).toBe(false);
    });

    it('lists locks in force and clears one', async () => {
      for (let i = 0; i < 3; i++) await begin('li', '1.1.1.1');
      expect(await storage.loginLocks.locked(T0)).toEqual([
        { username: 'li', address: '1.1.1.1', failures: 3, lockedUntil: new Date(T0 + 60_000).toISOString() },
      ]);
      await storage.loginLocks.clear('li', '1.1.1.1');
      expect(await storage.loginLocks.locked(T0)).toEqual([]);
      expect(await begin('li', '1.1.1.1')).toEqual({ allowed: true, lockedUntil: null });
    });

    it('forgets old failures, and deletes rows of addresses long gone', async () => {
      await begin('li', '1.1.1.1');
      await begin('li', '1.1.1.1');
      for (let i = 0; i < 3; i++) await begin('stranger', '6.6.6.6');
      expect(await begin('li', '1.1.1.1', T0 + POLICY.forgetMs + 1)).toEqual({ allowed: true, lockedUntil: null });
      // 6.6.6.6's lock ended long ago: nothing of it is left to list or to count.
      expect(await storage.loginLocks.locked(T0)).toEqual([]);
      expect(await begin('stranger', '6.6.6.6', T0 + POLICY.forgetMs + 2)).toEqual({
        allowed: true,
        lockedUntil: null,
      });
    });

    it('takes tokens from a bucket and refills it with time', async () => {
      const limit = { capacity: 2, perSecond: 0.5 };
      expect(await storage.rateBuckets.take('k', limit, T0)).toEqual({ ok: true });
      expect(await storage.rateBuckets.take('k', limit, T0)).toEqual({ ok: true });
      expect(await storage.rateBuckets.take('k', limit, T0)).toEqual({ ok: false, retryAfterMs: 2000 });
      expect(await storage.rateBuckets.take('other', limit, T0)).toEqual({ ok: true });
      expect(await storage.rateBuckets.take('k', limit, T0 + 2000)).toEqual({ ok: true });
      expect((await storage.rateBuckets.take('k', limit, T0 + 2000)).ok).toBe(false);
    });

    it('renames, disables and moves orgs with their subtree', async () => {
      await storage.orgs.update(town.id, { name: '径山镇人民政府', disabled: true });
      expect(await storage.orgs.get(town.id)).toMatchObject({ name: '径山镇人民政府', disabled: true });
      expect(await storage.orgs.move(town.id, village.id)).toBe('cycle');
      expect(await storage.orgs.move(village.id, other.id)).toBe('moved');
      expect((await storage.orgs.subtree({ orgId: other.id })).map((o) => o.code)).toEqual([
        '330110110',
        '330110109222',
      ]);
      expect((await storage.orgs.subtree({ orgId: town.id })).map((o) => o.code)).toEqual(['330110109']);
      expect((await storage.orgs.get(village.id))?.parentId).toBe(other.id);
    });

    it('keeps whether a password must be changed and who is a system administrator', async () => {
      const user = await storage.users.create(
        {
          username: 'x1',
          displayName: 'X',
          orgId: county.id,
          roles: ['admin'],
          passwordHash: 'h',
          mustChangePassword: true,
          systemAdmin: true,
        },
        AT,
      );
      expect(user).toMatchObject({ mustChangePassword: true, systemAdmin: true });
      await storage.users.setPassword(user.id, 'h2', AT);
      expect((await storage.users.get(user.id))?.mustChangePassword).toBe(false);
      await storage.users.setPassword(user.id, 'h3', AT, { mustChange: true });
      expect((await storage.users.get(user.id))?.mustChangePassword).toBe(true);
    });
  });
}

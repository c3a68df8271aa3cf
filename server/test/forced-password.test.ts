import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, startTestServer, type TestServer } from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe('a password someone else chose', () => {
  it('must be changed at the first sign-in before anything else works, and again after a reset', async () => {
    const admin = await login(s.url, 'county-admin');
    const orgs = await json<{ items: Array<{ id: number }> }>(await admin.fetch('/orgs'));
    const created = await admin.fetch('/users', {
      method: 'POST',
      json: { username: 'new-builder', displayName: '新搭建员', orgId: orgs.items[0]?.id, roles: ['builder'] },
    });
    const { password, user } = await json<{ password: string; user: { id: number } }>(created);

    const fresh = await login(s.url, 'new-builder', password, { keepForcedChange: true });
    const me = await json<{ user: { mustChangePassword: boolean } }>(await fresh.fetch('/auth/me'));
    expect(me.user.mustChangePassword).toBe(true);
    const blocked = await fresh.fetch('/apps');
    expect(blocked.status).toBe(403);
    expect((await json<{ detail: string }>(blocked)).detail).toContain('修改初始密码');
    const change = { oldPassword: password, newPassword: 'my-own-secret-1' };
    expect((await fresh.fetch('/auth/password', { method: 'POST', json: change })).status).toBe(204);
    expect((await fresh.fetch('/apps')).status).toBe(200);

    const reset = await admin.fetch(`/users/${user.id}/reset-password`, { method: 'POST', json: {} });
    const again = await login(s.url, 'new-builder', (await json<{ password: string }>(reset)).password, {
      keepForcedChange: true,
    });
    expect((await again.fetch('/apps')).status).toBe(403);
  });

  it('is not asked of an official who chose their own', async () => {
    const own = await login(s.url, 'county-builder', undefined, { keepForcedChange: true });
    expect((await own.fetch('/apps')).status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, request, startTestServer, type TestServer } from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe('auth', () => {
  it('logs in with an httpOnly SameSite cookie, and never answers the password or session id', async () => {
    const res = await request(s.url, '/auth/login', {
      method: 'POST',
      json: { username: 'county-admin', password: 'sprout-demo-1' },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sprout_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const text = await res.text();
    expect(text).not.toContain('sprout-demo-1');
    expect(text).not.toContain(cookie.split(';')[0]?.split('=')[1]);
    const body = JSON.parse(text) as { user: { username: string; org: { code: string } }; csrfToken: string };
    expect(body.user.username).toBe('county-admin');
    expect(body.user.org.code).toBe('330110');
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('answers 401 on a wrong password and on an unknown user, the same way', async () => {
    const a = await request(s.url, '/auth/login', {
      method: 'POST',
      json: { username: 'county-viewer', password: 'nope' },
    });
    const b = await request(s.url, '/auth/login', {
      method: 'POST',
      json: { username: 'nobody-here', password: 'nope' },
    });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.headers.get('content-type')).toContain('application/problem+json');
    expect((await json(a)).detail).toBe((await json(b)).detail);
  });

  it('me answers the user and the CSRF token; without a session it is 401', async () => {
    const client = await login(s.url, 'jingshan-admin');
    const me = await json<{ user: { roles: string[] }; csrfToken: string }>(await client.fetch('/auth/me'));
    expect(me.user.roles).toEqual(['admin', 'builder']);
    expect(me.csrfToken).toBe(client.csrf);
    expect((await request(s.url, '/auth/me')).status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token, and with a wrong one', async () => {
    const client = await login(s.url, 'county-builder');
    const missing = await client.fetch('/apps', {
      method: 'POST',
      json: { title: 'x' },
      headers: { 'x-csrf-token': '' },
    });
    expect(missing.status).toBe(403);
    const wrong = await client.fetch('/apps', {
      method: 'POST',
      json: { title: 'x' },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(wrong.status).toBe(403);
    const right = await client.fetch('/apps', { method: 'POST', json: { title: '测试应用' } });
    expect(right.status).toBe(201);
  });

  it('refuses PUT, PATCH and DELETE without the CSRF token too, changing nothing', async () => {
    const admin = await login(s.url, 'county-admin');
    const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await admin.fetch('/apps'));
    const health = apps.items.find((a) => a.slug === 'health-code')!;
    const users = await json<{ items: Array<{ id: number; username: string }> }>(await admin.fetch('/users'));
    const viewer = users.items.find((u) => u.username === 'county-viewer')!;
    const noToken = { 'x-csrf-token': '' };
    const put = await admin.fetch(`/apps/${health.id}/draft`, {
      method: 'PUT',
      json: { definition: {}, revision: 1 },
      headers: noToken,
    });
    expect(put.status).toBe(403);
    const patch = await admin.fetch(`/users/${viewer.id}`, {
      method: 'PATCH',
      json: { displayName: '被改了' },
      headers: noToken,
    });
    expect(patch.status).toBe(403);
    const del = await admin.fetch(`/apps/${health.id}`, { method: 'DELETE', headers: noToken });
    expect(del.status).toBe(403);
    const after = await json<{ items: Array<{ id: number; displayName: string }> }>(await admin.fetch('/users'));
    expect(after.items.find((u) => u.id === viewer.id)?.displayName).not.toBe('被改了');
    expect((await admin.fetch(`/apps/${health.id}`)).status).toBe(200);
  });

  it('logout ends the session', async () => {
    const client = await login(s.url, 'county-viewer');
    expect((await client.fetch('/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await client.fetch('/auth/me')).status).toBe(401);
  });

  it('expires idle sessions and sessions past their absolute lifetime', async () => {
    const idle = await login(s.url, 'county-reviewer');
    s.clock.advance(121 * 60_000);
    expect((await idle.fetch('/auth/me')).status).toBe(401);

    const busy = await login(s.url, 'county-reviewer');
    for (let i = 0; i < 13; i++) {
      s.clock.advance(59 * 60_000);
      const res = await busy.fetch('/auth/me');
      expect(res.status).toBe(i < 12 ? 200 : 401);
    }
  });

  it('locks a username out after repeated failures, then lets it in again later', async () => {
    const attempt = (password: string) =>
      request(s.url, '/auth/login', { method: 'POST', json: { username: 'shuangxi-viewer', password } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt('wrong')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await attempt('sprout-demo-1');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    s.clock.advance(16 * 60_000);
    expect((await attempt('sprout-demo-1')).status).toBe(200);
  });

  it('changes a password: the old one stops working', async () => {
    const client = await login(s.url, 'pingyao-builder');
    const wrong = await client.fetch('/auth/password', {
      method: 'POST',
      json: { oldPassword: 'bad', newPassword: 'a-new-pass-1' },
    });
    expect(wrong.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string }> }>(wrong)).errors[0]?.path).toBe('oldPassword');
    const ok = await client.fetch('/auth/password', {
      method: 'POST',
      json: { oldPassword: 'sprout-demo-1', newPassword: 'a-new-pass-1' },
    });
    expect(ok.status).toBe(204);
    expect((await client.fetch('/auth/me')).status).toBe(200);
    await expect(login(s.url, 'pingyao-builder')).rejects.toThrow(/401/);
    await login(s.url, 'pingyao-builder', 'a-new-pass-1');
  });

  it('refuses a disabled user and ends their sessions', async () => {
    const admin = await login(s.url, 'county-admin');
    const victim = await login(s.url, 'zhangyan-builder');
    const users = await json<{ items: Array<{ id: number; username: string }> }>(await admin.fetch('/users'));
    const id = users.items.find((u) => u.username === 'zhangyan-builder')?.id;
    expect((await admin.fetch(`/users/${id}`, { method: 'PATCH', json: { disabled: true } })).status).toBe(200);
    expect((await victim.fetch('/auth/me')).status).toBe(401);
    await expect(login(s.url, 'zhangyan-builder')).rejects.toThrow(/401/);
  });
});

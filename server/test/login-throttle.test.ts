import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, request, startTestServer, type TestServer } from './harness.ts';

// Behind a trusted proxy, so each test can speak from its own client address.
let s: TestServer;
let direct: TestServer;
beforeAll(async () => {
  s = await startTestServer({ app: { trustProxy: true } });
  direct = await startTestServer();
});
afterAll(async () => {
  await s.close();
  await direct.close();
});

const attempt = (server: TestServer, username: string, password: string, from: string) =>
  request(server.url, '/auth/login', {
    method: 'POST',
    headers: { 'x-forwarded-for': from },
    json: { username, password },
  });

describe('login throttling', () => {
  it('lets no guess of a parallel burst past the limit, not even the right password after it', async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, () => attempt(s, 'county-builder', 'wrong', '6.0.0.1')));
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((st) => st === 401).length).toBe(4);
    expect(statuses.filter((st) => st === 429).length).toBe(26);
    const right = await attempt(s, 'county-builder', 'sprout-demo-1', '6.0.0.1');
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('never locks the real user out of their own address, and waits longer after each later failure', async () => {
    for (let i = 0; i < 5; i++) await attempt(s, 'county-viewer', 'wrong', '6.0.0.2');
    expect((await attempt(s, 'county-viewer', 'sprout-demo-1', '6.0.0.2')).status).toBe(429);
    expect((await attempt(s, 'county-viewer', 'sprout-demo-1', '10.1.1.1')).status).toBe(200);
    s.clock.advance(16 * 60_000);
    const sixth = await attempt(s, 'county-viewer', 'wrong', '6.0.0.2');
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBe(30 * 60);
  });

  it('limits one address spraying a password over many usernames', async () => {
    for (let i = 0; i < 20; i++) await attempt(s, `nobody-${i}`, 'sprout-demo-1', '6.0.0.3');
    expect((await attempt(s, 'jingshan-reviewer', 'sprout-demo-1', '6.0.0.3')).status).toBe(429);
    expect((await attempt(s, 'jingshan-reviewer', 'sprout-demo-1', '10.1.1.2')).status).toBe(200);
  });

  it('shows a lock to the administrators of the official’s subtree only, who can lift it (audited)', async () => {
    for (let i = 0; i < 5; i++) await attempt(s, 'pingyao-builder', 'wrong', '6.0.0.4');
    const county = await login(s.url, 'county-admin');
    const town = await login(s.url, 'jingshan-admin');
    const items = (
      await json<{ items: Array<{ username: string | null; address: string }> }>(await county.fetch('/login-locks'))
    ).items;
    expect(items).toContainEqual(expect.objectContaining({ username: 'pingyao-builder', address: '6.0.0.4' }));
    // The system administrator also sees address-wide locks; 径山镇's admin sees neither.
    expect(items).toContainEqual(expect.objectContaining({ username: null, address: '6.0.0.3' }));
    const townItems = (await json<{ items: unknown[] }>(await town.fetch('/login-locks'))).items;
    expect(townItems).not.toContainEqual(expect.objectContaining({ username: 'pingyao-builder' }));
    const key = { username: 'pingyao-builder', address: '6.0.0.4' };
    expect((await town.fetch('/login-locks/clear', { method: 'POST', json: key })).status).toBe(404);
    expect((await county.fetch('/login-locks/clear', { method: 'POST', json: key })).status).toBe(204);
    expect((await attempt(s, 'pingyao-builder', 'sprout-demo-1', '6.0.0.4')).status).toBe(200);
    const log = await json<{ items: Array<{ action: string }> }>(await county.fetch('/audit'));
    expect(log.items.map((e) => e.action)).toContain('auth.lock-cleared');
  });
});

describe('proxy trust', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted: every forged address is the same client', async () => {
    for (let i = 0; i < 5; i++) await attempt(direct, 'county-reviewer', 'wrong', `7.0.0.${i}`);
    expect((await attempt(direct, 'county-reviewer', 'sprout-demo-1', '10.9.9.9')).status).toBe(429);
  });

  it('marks the session cookie Secure when the trusted hop says https, and only then', async () => {
    const viaProxy = await request(s.url, '/auth/login', {
      method: 'POST',
      headers: { 'x-forwarded-for': '10.2.2.2', 'x-forwarded-proto': 'https' },
      json: { username: 'jingshancun-builder', password: 'sprout-demo-1' },
    });
    expect(viaProxy.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const forged = await request(direct.url, '/auth/login', {
      method: 'POST',
      headers: { 'x-forwarded-proto': 'https' },
      json: { username: 'jingshancun-builder', password: 'sprout-demo-1' },
    });
    expect(forged.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });
});

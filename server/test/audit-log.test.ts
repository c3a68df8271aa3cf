import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, json, login, startTestServer, type TestServer } from './harness.ts';

let s: TestServer;
let admin: Client;
type Entry = { id: number; action: string; userId: number; orgId: number; hash: string };

beforeAll(async () => {
  s = await startTestServer();
  admin = await login(s.url, 'county-admin');
  const viewer = await login(s.url, 'county-viewer');
  const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await viewer.fetch('/apps'));
  const appId = apps.items.find((a) => a.slug === 'health-code')!.id;
  await viewer.fetch(`/apps/${appId}/submissions`);
  await viewer.fetch(`/apps/${appId}/export.csv`);
});
afterAll(() => s.close());

describe('the audit log page’s API', () => {
  it('filters by action (with sub-actions) and by user, and every entry carries its chain hash', async () => {
    const users = await json<{ items: Array<{ id: number; username: string }> }>(await admin.fetch('/users'));
    const viewerId = users.items.find((u) => u.username === 'county-viewer')!.id;
    const reads = await json<{ items: Entry[] }>(await admin.fetch('/audit?action=submissions'));
    expect(new Set(reads.items.map((e) => e.action))).toEqual(new Set(['submissions.list', 'submissions.export']));
    const mine = await json<{ items: Entry[] }>(await admin.fetch(`/audit?userId=${viewerId}`));
    expect(mine.items.length).toBeGreaterThanOrEqual(2);
    expect(mine.items.every((e) => e.userId === viewerId && /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
  });

  it('filters by China days and refuses an org outside the caller’s subtree with a 422 naming orgId', async () => {
    const today = await json<{ items: Entry[] }>(await admin.fetch('/audit?from=2026-03-02&to=2026-03-02'));
    expect(today.items.length).toBeGreaterThan(0);
    const none = await json<{ items: Entry[] }>(await admin.fetch('/audit?from=2026-03-03'));
    expect(none.items).toHaveLength(0);
    const village = await login(s.url, 'jingshan-admin');
    const orgs = await json<{ items: Array<{ id: number; code: string }> }>(await admin.fetch('/orgs'));
    const pingyao = orgs.items.find((o) => o.code === '330110110')!.id;
    const res = await village.fetch(`/audit?orgId=${pingyao}`);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe('orgId');
    const bad = await admin.fetch('/audit?from=yesterday');
    expect(bad.status).toBe(422);
  });

  it('exports the filtered log as CSV with the hash of each entry', async () => {
    const res = await admin.fetch('/audit/export.csv?action=submissions.export');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]?.replace('\uFEFF', '')).toBe('id,at,userId,orgId,action,targetType,targetId,ip,detail,hash');
    expect(lines.slice(1).every((l) => l.includes(',submissions.export,'))).toBe(true);
    expect(lines).toHaveLength(2);
  });
});

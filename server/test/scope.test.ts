import { EXAMPLES } from '@sprout/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, request, startTestServer, type Client, type TestServer } from './harness.ts';
import { pngBytes } from './file-bytes.ts';
import { healthValues } from './valid-values.ts';

let s: TestServer;
let intruder: Client;
const sibling = { org: 0, app: 0, submission: 0, user: 0, file: '' };

/** Deployment-wide actions kept to the top-level org's admins: refused by role (403) before any id is looked at. */
const TOP_LEVEL_ONLY = new Set(['POST /api/v1/catalog/packs/{id}/block', 'POST /api/v1/catalog/packs/{id}/trust']);

/** Bodies valid enough to get past parsing, so only the scope check can answer. */
const BODIES: Record<string, unknown> = {
  'PUT /api/v1/apps/{id}/draft': { definition: EXAMPLES['health-code'], revision: 1 },
  'PATCH /api/v1/users/{id}': { displayName: '入侵者改的名' },
  'PATCH /api/v1/orgs/{id}': { name: '入侵者改的名' },
  'POST /api/v1/orgs/{id}/move': { parentId: 1 },
  'POST /api/v1/users/{id}/reset-password': { password: 'intruder-pass-1' },
  'POST /api/v1/apps/{id}/submissions/{sid}/review': { action: 'approve' },
  'POST /api/v1/apps/{id}/submissions/{sid}/unmask': { reason: '越权核对' },
  'DELETE /api/v1/apps/{id}/submissions/{sid}': { reason: '越权删除' },
  'POST /api/v1/apps/{id}/submissions/{sid}/revoke': {},
  'POST /api/v1/apps/{id}/template': {},
  'POST /api/v1/templates/{id}/use': {},
  'POST /api/v1/blocks/{id}/versions': { nodes: [{ id: 'n', type: 'text', name: 'n', props: { label: 'N' } }] },
  'PATCH /api/v1/tasks/{id}': { title: '入侵者改的任务' },
  'POST /api/v1/tasks/{id}/assignees': { remove: [1] },
  'PUT /api/v1/tasks/{id}/periods/{period}/report': { version: 1, values: {} },
  'PUT /api/v1/orgs/{id}/master-data': { values: { 常住人口: 1 } },
  'POST /api/v1/catalog/packs/{id}/approve': {},
  'POST /api/v1/catalog/packs/{id}/withdraw': {},
  'POST /api/v1/catalog/packs/{id}/block': { reason: '越权封禁' },
  'POST /api/v1/catalog/packs/{id}/trust': { trusted: false },
  'POST /api/v1/apps/{id}/pack-upgrades': { name: '@acme/plate-number', version: '1.0.0' },
};

beforeAll(async () => {
  s = await startTestServer();
  // 双溪村 is the sibling of 径山村 under 径山镇: give it an org admin's view of everything.
  const county = await login(s.url, 'county-admin');
  const orgs = await json<{ items: Array<{ id: number; code: string }> }>(await county.fetch('/orgs'));
  const orgId = (code: string) => orgs.items.find((o) => o.code === code)?.id ?? 0;
  sibling.org = orgId('330110109211');
  const created = await county.fetch('/users', {
    method: 'POST',
    json: {
      username: 'jingshancun-admin',
      displayName: '径山村管理员',
      orgId: orgId('330110109222'),
      roles: ['admin'],
    },
  });
  const { password } = await json<{ password: string }>(created);
  intruder = await login(s.url, 'jingshancun-admin', password);

  const app = await json<{ id: number; slug: string }>(
    await county.fetch('/apps', {
      method: 'POST',
      json: { title: '双溪村健康申报', orgId: sibling.org, definition: EXAMPLES['health-code'] },
    }),
  );
  sibling.app = app.id;
  expect((await county.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
  // The health code takes no uploads, so the sibling's file goes straight into storage.
  sibling.file = 'sibling-file';
  await s.storage.uploads.save(
    { id: sibling.file, appId: app.id, name: 'a.png', size: 32, type: 'image/png', createdAt: '2026-03-02T02:00:00Z' },
    pngBytes(32),
  );
  const receipt = await request(s.url, `/public/apps/${app.slug}/submissions`, {
    method: 'POST',
    json: { version: 1, consentVersion: 1, values: healthValues() },
    headers: { 'idempotency-key': 'sibling-1' },
  });
  expect(receipt.status).toBe(201);
  const list = await json<{ items: Array<{ id: number }> }>(await county.fetch(`/apps/${app.id}/submissions`));
  sibling.submission = list.items[0]?.id ?? 0;
  const users = await json<{ items: Array<{ id: number; username: string }> }>(await county.fetch('/users'));
  sibling.user = users.items.find((u) => u.username === 'shuangxi-viewer')?.id ?? 0;
});
afterAll(() => s.close());

function fill(path: string, ownAppId?: number): string {
  const id = path.startsWith('/api/v1/users')
    ? sibling.user
    : path.startsWith('/api/v1/orgs')
      ? sibling.org
      : sibling.app;
  return path
    .replace('{id}', String(ownAppId ?? id))
    .replace('{sid}', String(sibling.submission))
    .replace('{version}', '1')
    .replace('{fileId}', sibling.file)
    .replace('{period}', '2026-03-02')
    .replace('/api/v1', '');
}

describe('org scope: a village official reaching for a sibling village', () => {
  it('gets 404 on every route that takes an id, for every method', async () => {
    const doc = await json<{ paths: Record<string, Record<string, unknown>> }>(await request(s.url, '/openapi.json'));
    const tried: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!path.includes('{') || path.includes('/public/')) continue;
      for (const method of Object.keys(methods)) {
        const key = `${method.toUpperCase()} ${path}`;
        const res = await intruder.fetch(fill(path), { method: method.toUpperCase(), json: BODIES[key] });
        expect.soft(res.status, key).toBe(TOP_LEVEL_ONLY.has(key) ? 403 : 404);
        tried.push(key);
      }
    }
    expect(tried.length).toBeGreaterThanOrEqual(15);
    // …and nothing changed: the sibling's app still answers its submission to its own officials.
    const county = await login(s.url, 'county-admin');
    const app = await json<{ revision: number; status: string }>(await county.fetch(`/apps/${sibling.app}`));
    expect(app).toMatchObject({ revision: 1, status: 'published' });
  });

  it('cannot reach a sibling’s submission or file through an app of its own', async () => {
    const own = await json<{ items: Array<{ id: number; slug: string }> }>(await intruder.fetch('/apps'));
    const ownApp = own.items.find((a) => a.slug === 'village-daily-report')?.id;
    expect(ownApp).toBeDefined();
    expect((await intruder.fetch(fill('/api/v1/apps/{id}/submissions/{sid}', ownApp))).status).toBe(404);
    expect((await intruder.fetch(fill('/api/v1/apps/{id}/files/{fileId}', ownApp))).status).toBe(404);
  });

  it('lists only its own subtree', async () => {
    const apps = await json<{ items: Array<{ orgName: string }> }>(await intruder.fetch('/apps'));
    expect(apps.items.map((a) => a.orgName)).toEqual(['径山村委会']);
    const orgs = await json<{ items: Array<{ code: string }> }>(await intruder.fetch('/orgs'));
    expect(orgs.items.map((o) => o.code)).toEqual(['330110109222']);
    const users = await json<{ items: Array<{ username: string }> }>(await intruder.fetch('/users'));
    expect(users.items.map((u) => u.username).sort()).toEqual(['jingshancun-admin', 'jingshancun-builder']);
  });

  it('cannot create things in a sibling org by naming it in a body', async () => {
    const app = await intruder.fetch('/apps', { method: 'POST', json: { title: 'x', orgId: sibling.org } });
    expect(app.status).toBe(422);
    const user = await intruder.fetch('/users', {
      method: 'POST',
      json: { username: 'sneaky', displayName: 'x', orgId: sibling.org, roles: ['admin'] },
    });
    expect(user.status).toBe(422);
  });

  it('a township official sees its villages', async () => {
    const town = await login(s.url, 'jingshan-admin');
    const orgs = await json<{ items: Array<{ code: string }> }>(await town.fetch('/orgs'));
    expect(orgs.items.map((o) => o.code).sort()).toEqual(['330110109', '330110109211', '330110109222']);
    expect((await town.fetch(`/apps/${sibling.app}/submissions/${sibling.submission}`)).status).toBe(200);
  });
});

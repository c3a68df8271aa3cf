import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, request, startTestServer, type Client, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';

let s: TestServer;
let builder: Client;
beforeAll(async () => {
  s = await startTestServer();
  builder = await login(s.url, 'county-builder');
});
afterAll(() => s.close());

const appBySlug = async (slug: string) => {
  const apps = await json<{ items: Array<{ id: number; slug: string; status: string }> }>(await builder.fetch('/apps'));
  return apps.items.find((a) => a.slug === slug);
};

describe('archiving and deleting apps', () => {
  it('refuses to delete an app with submissions, and archives it instead: residents are told it is closed', async () => {
    const app = await appBySlug('health-code');
    const del = await builder.fetch(`/apps/${app?.id}`, { method: 'DELETE' });
    expect(del.status).toBe(409);
    expect((await json<{ detail: string }>(del)).detail).toContain('归档');
    expect((await builder.fetch(`/apps/${app?.id}/archive`, { method: 'POST' })).status).toBe(200);
    expect((await appBySlug('health-code'))?.status).toBe('archived');
    const sent = await request(s.url, '/public/apps/health-code/submissions', {
      method: 'POST',
      headers: { 'idempotency-key': 'archived-1' },
      json: { version: 1, values: healthValues() },
    });
    expect(sent.status).toBe(410);
    // Its submissions stay readable.
    expect((await builder.fetch(`/apps/${app?.id}/submissions`)).status).toBe(200);
    expect((await builder.fetch(`/apps/${app?.id}/unarchive`, { method: 'POST' })).status).toBe(200);
    expect((await appBySlug('health-code'))?.status).toBe('closed');
    const admin = await login(s.url, 'county-admin');
    const log = await json<{ items: Array<{ action: string }> }>(await admin.fetch('/audit'));
    expect(log.items.map((e) => e.action)).toEqual(expect.arrayContaining(['app.archive', 'app.unarchive']));
  });

  it('deletes an app without submissions', async () => {
    const created = await json<{ id: number }>(
      await builder.fetch('/apps', { method: 'POST', json: { title: '草稿' } }),
    );
    expect((await builder.fetch(`/apps/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await builder.fetch(`/apps/${created.id}`)).status).toBe(404);
  });
});

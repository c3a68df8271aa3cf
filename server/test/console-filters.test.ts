import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, json, login, request, startTestServer, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';

let s: TestServer;
let viewer: Client;
let appId = 0;

beforeAll(async () => {
  s = await startTestServer();
  viewer = await login(s.url, 'county-viewer');
  const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await viewer.fetch('/apps'));
  appId = apps.items.find((a) => a.slug === 'health-code')?.id ?? 0;
  for (const [i, contact] of ['是', '否', '否', '是'].entries()) {
    s.clock.advance(60_000);
    const symptoms = i === 0 ? ['咳嗽', '乏力'] : ['无'];
    const res = await request(s.url, '/public/apps/health-code/submissions', {
      method: 'POST',
      json: { version: 1, consentVersion: 1, values: healthValues({ name: `筛选${i}`, contact, symptoms }) },
      headers: { 'idempotency-key': `console-filter-${i}` },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(() => s.close());

type Page = { items: Array<{ id: number; values: Record<string, unknown> }>; nextCursor: string | null };
const list = (query: string) => viewer.fetch(`/apps/${appId}/submissions?q=筛选&${query}`);

describe('per-field filters and order (the console’s choice filters and time sort)', () => {
  it('filters by a single choice and by one value of a multiple choice', async () => {
    const byContact = await json<Page>(await list(`fields=${encodeURIComponent('{"contact":"是"}')}`));
    expect(byContact.items.map((i) => i.values.name)).toEqual(['筛*3', '筛*0']);
    const bySymptom = await json<Page>(await list(`fields=${encodeURIComponent('{"symptoms":"乏力"}')}`));
    expect(bySymptom.items.map((i) => i.values.name)).toEqual(['筛*0']);
  });

  it('applies the same filter to exports', async () => {
    const res = await viewer.fetch(
      `/apps/${appId}/export.json?q=筛选&fields=${encodeURIComponent('{"contact":"否"}')}`,
    );
    const rows = (await res.json()) as Array<{ values: Record<string, unknown> }>;
    expect(rows.map((r) => r.values.name)).toEqual(['筛*2', '筛*1']);
  });

  it('sorts oldest first with a cursor that follows the order', async () => {
    const first = await json<Page>(await list('order=asc&limit=2'));
    expect(first.items.map((i) => i.values.name)).toEqual(['筛*0', '筛*1']);
    const next = await json<Page>(await list(`order=asc&limit=2&cursor=${first.nextCursor}`));
    expect(next.items.map((i) => i.values.name)).toEqual(['筛*2', '筛*3']);
  });

  it('answers 422 naming fields when the filter is not an object of strings', async () => {
    const res = await list(`fields=${encodeURIComponent('{"contact":1}')}`);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe('fields');
  });
});

describe('sign out everywhere', () => {
  it('ends every session of the user, this one included', async () => {
    const a = await login(s.url, 'jingshan-reviewer');
    const b = await login(s.url, 'jingshan-reviewer');
    expect((await a.fetch('/auth/logout-everywhere', { method: 'POST' })).status).toBe(204);
    expect((await a.fetch('/auth/me')).status).toBe(401);
    expect((await b.fetch('/auth/me')).status).toBe(401);
  });
});

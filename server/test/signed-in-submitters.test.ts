import { EXAMPLES } from '@sprout/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleValues } from '../src/seed/samples.ts';
import { json, login, startTestServer, type TestServer } from './harness.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const values = sampleValues('2026-03-02')['village-daily-report']?.[0];
let n = 0;
async function submitAs(username: string, slug: string): Promise<number> {
  const official = await login(s.url, username);
  const res = await official.fetch(`/public/apps/${slug}/submissions`, {
    method: 'POST',
    json: { version: 1, values },
    headers: { 'idempotency-key': `signed-in-${++n}` },
  });
  return res.status;
}

describe('apps for signed-in submitters', () => {
  it('take officials of the app’s org subtree only, not any official anywhere', async () => {
    // The village daily report belongs to 径山村.
    expect(await submitAs('jingshancun-builder', 'village-daily-report')).toBe(201);
    expect(await submitAs('zhangyan-builder', 'village-daily-report')).toBe(403);
    expect(await submitAs('pingyao-builder', 'village-daily-report')).toBe(403);
  });

  it('take the subtrees of the orgs the settings list instead, when they list some', async () => {
    const county = await login(s.url, 'county-builder');
    const orgs = await json<{ items: Array<{ id: number; code: string }> }>(await county.fetch('/orgs'));
    const definition = structuredClone(EXAMPLES['village-daily-report']!);
    definition.settings.submitterOrgs = ['330110110'];
    const app = await json<{ id: number; slug: string }>(
      await county.fetch('/apps', {
        method: 'POST',
        json: { title: '瓶窑镇各村日报', orgId: orgs.items.find((o) => o.code === '330110')?.id, definition },
      }),
    );
    expect((await county.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
    expect(await submitAs('zhangyan-builder', app.slug)).toBe(201);
    expect(await submitAs('pingyao-builder', app.slug)).toBe(201);
    expect(await submitAs('jingshancun-builder', app.slug)).toBe(403);
  });
});

import { EXAMPLES } from '@sprout/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, json, login, startTestServer, type TestServer } from './harness.ts';

let s: TestServer;
let township: Client;
let village: Client;
let otherTownship: Client;
let villageViewer: Client;
beforeAll(async () => {
  s = await startTestServer();
  township = await login(s.url, 'jingshan-admin');
  village = await login(s.url, 'jingshancun-builder');
  otherTownship = await login(s.url, 'pingyao-builder');
  villageViewer = await login(s.url, 'shuangxi-viewer');
});
afterAll(() => s.close());

type Template = {
  id: number;
  title: string;
  orgName: string;
  useCount?: number;
  definition?: { meta: { title: unknown } };
};

async function publishedTownshipApp(): Promise<number> {
  const definition = structuredClone(EXAMPLES['health-code']);
  const res = await township.fetch('/apps', { method: 'POST', json: { title: '镇健康申报', definition } });
  const { id } = await json<{ id: number }>(res);
  expect((await township.fetch(`/apps/${id}/publish`, { method: 'POST' })).status).toBe(201);
  return id;
}

describe('templates down the org tree', () => {
  it('a township shares a published app; its village sees it, previews it and creates an app from it', async () => {
    const appId = await publishedTownshipApp();
    const shared = await township.fetch(`/apps/${appId}/template`, {
      method: 'POST',
      json: { title: '健康申报模板', description: '镇里统一的健康申报' },
    });
    expect(shared.status).toBe(201);
    const template = await json<Template>(shared);

    const list = await json<{ items: Template[] }>(await village.fetch('/templates'));
    const seen = list.items.find((t) => t.id === template.id);
    expect(seen).toMatchObject({ title: '健康申报模板', orgName: '径山镇' });
    expect(seen).not.toHaveProperty('useCount');
    const preview = await json<Template>(await village.fetch(`/templates/${template.id}`));
    expect(preview.definition?.meta.title).toBeTruthy();

    const used = await village.fetch(`/templates/${template.id}/use`, {
      method: 'POST',
      json: { title: '径山村健康申报' },
    });
    expect(used.status).toBe(201);
    const app = await json<{ id: number; orgName: string; draft: { meta: { title: string } } }>(used);
    expect(app).toMatchObject({ orgName: '径山村委会', draft: { meta: { title: '径山村健康申报' } } });

    const mine = await json<{ items: Template[] }>(await township.fetch('/templates'));
    expect(mine.items.find((t) => t.id === template.id)?.useCount).toBe(1);
    const audit = await json<{ items: Array<{ action: string }> }>(await township.fetch('/audit'));
    expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['template.publish', 'template.use']));
  });

  it('never shows a template sideways or up the tree, and only builders publish or use one', async () => {
    const appId = await publishedTownshipApp();
    const { id } = await json<Template>(await township.fetch(`/apps/${appId}/template`, { method: 'POST', json: {} }));
    const sideways = await json<{ items: Template[] }>(await otherTownship.fetch('/templates'));
    expect(sideways.items.map((t) => t.id)).not.toContain(id);
    expect((await otherTownship.fetch(`/templates/${id}`)).status).toBe(404);
    expect((await otherTownship.fetch(`/templates/${id}/use`, { method: 'POST', json: {} })).status).toBe(404);
    expect((await villageViewer.fetch(`/templates/${id}/use`, { method: 'POST', json: {} })).status).toBe(403);
    expect((await village.fetch(`/apps/${appId}/template`, { method: 'POST', json: {} })).status).toBe(404);
  });

  it('refuses to share an app that was never published, with a clear problem', async () => {
    const { id } = await json<{ id: number }>(
      await township.fetch('/apps', { method: 'POST', json: { title: '草稿' } }),
    );
    const res = await township.fetch(`/apps/${id}/template`, { method: 'POST', json: {} });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

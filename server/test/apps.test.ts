import { EXAMPLES } from '@sprout/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, request, startTestServer, type Client, type TestServer } from './harness.ts';

let s: TestServer;
let builder: Client;
beforeAll(async () => {
  s = await startTestServer();
  builder = await login(s.url, 'county-builder');
});
afterAll(() => s.close());

type App = {
  id: number;
  slug: string;
  status: string;
  revision: number;
  draft: { meta: { title: unknown } };
  publishedVersion: number | null;
};
type ProblemBody = { errors?: Array<{ path: string; message: string }> };

async function createApp(title = '新应用'): Promise<App> {
  const res = await builder.fetch('/apps', { method: 'POST', json: { title } });
  expect(res.status).toBe(201);
  return json<App>(res);
}

describe('apps', () => {
  it('creates a blank draft, lists it, reads it', async () => {
    const app = await createApp('村民议事');
    expect(app).toMatchObject({
      status: 'draft',
      revision: 1,
      publishedVersion: null,
      draft: { meta: { title: '村民议事' } },
    });
    const list = await json<{ items: Array<{ id: number }> }>(await builder.fetch('/apps'));
    expect(list.items.map((a) => a.id)).toContain(app.id);
    expect((await json<App>(await builder.fetch(`/apps/${app.id}`))).id).toBe(app.id);
  });

  it('saves drafts by revision: a stale revision is 409, never a silent overwrite', async () => {
    const app = await createApp();
    const def = structuredClone(EXAMPLES['village-daily-report']);
    const first = await builder.fetch(`/apps/${app.id}/draft`, {
      method: 'PUT',
      json: { definition: def, revision: 1 },
    });
    expect(first.status).toBe(200);
    expect(await json(first)).toEqual({ revision: 2 });
    const stale = await builder.fetch(`/apps/${app.id}/draft`, {
      method: 'PUT',
      json: { definition: def, revision: 1 },
    });
    expect(stale.status).toBe(409);
  });

  it('rejects an invalid draft with every error’s path (422)', async () => {
    const app = await createApp();
    const def = structuredClone(EXAMPLES['health-code']) as unknown as {
      pages: Array<{ nodes: Array<Record<string, unknown>> }>;
    };
    def.pages[0]!.nodes[1]!.type = 'no-such-component';
    def.pages[1]!.nodes[0]!.visibleWhen = 'unknownName > 1';
    const res = await builder.fetch(`/apps/${app.id}/draft`, { method: 'PUT', json: { definition: def, revision: 1 } });
    expect(res.status).toBe(422);
    const paths = (await json<ProblemBody>(res)).errors?.map((e) => e.path) ?? [];
    expect(paths.some((p) => p.startsWith('pages[0].nodes[1]'))).toBe(true);
    expect(paths.some((p) => p.startsWith('pages[1].nodes[0]'))).toBe(true);
  });

  it('publishes numbered immutable versions with a slug residents can open', async () => {
    const app = await createApp();
    const def = structuredClone(EXAMPLES['health-code']!);
    await builder.fetch(`/apps/${app.id}/draft`, { method: 'PUT', json: { definition: def, revision: 1 } });
    const v1 = await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
    expect(v1.status).toBe(201);
    expect(await json(v1)).toEqual({ version: 1, slug: app.slug, url: `/a/${app.slug}`, packs: [] });
    (def.meta as { title: unknown }).title = '第二版';
    await builder.fetch(`/apps/${app.id}/draft`, { method: 'PUT', json: { definition: def, revision: 2 } });
    expect(await json(await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' }))).toMatchObject({
      version: 2,
    });
    const versions = await json<{ items: Array<{ version: number; publishedBy: { displayName: string } }> }>(
      await builder.fetch(`/apps/${app.id}/versions`),
    );
    expect(versions.items.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.items[0]?.publishedBy.displayName).toBe('余杭区应用搭建员');
    const old = await json<{ definition: { meta: { title: unknown } } }>(
      await builder.fetch(`/apps/${app.id}/versions/1`),
    );
    expect(old.definition.meta.title).toEqual(EXAMPLES['health-code']?.meta.title);
    const pub = await json<{ version: number; definition: { meta: { title: unknown } } }>(
      await request(s.url, `/public/apps/${app.slug}`),
    );
    expect(pub).toMatchObject({ version: 2, definition: { meta: { title: '第二版' } } });
  });

  it('refuses to publish a draft that changed a published question’s key, naming its path', async () => {
    const app = await createApp();
    const def = structuredClone(EXAMPLES['health-code']!);
    await builder.fetch(`/apps/${app.id}/draft`, { method: 'PUT', json: { definition: def, revision: 1 } });
    expect((await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
    const at = def.pages[0]!.nodes.findIndex((n) => n.name === 'phone');
    def.pages[0]!.nodes[at]!.name = 'mobile';
    // A question added since the publish may have any key.
    def.pages[0]!.nodes.push({ id: 'newQuestion', type: 'text', name: 'remark', props: { label: '备注' } });
    const saved = await builder.fetch(`/apps/${app.id}/draft`, {
      method: 'PUT',
      json: { definition: def, revision: 2 },
    });
    expect(saved.status).toBe(200);
    const refused = await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
    expect(refused.status).toBe(422);
    const problem = await json<ProblemBody>(refused);
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors![0]!.path).toBe(`pages[0].nodes[${at}].name`);
    expect(problem.errors![0]!.message).toContain('phone');
    def.pages[0]!.nodes[at]!.name = 'phone';
    await builder.fetch(`/apps/${app.id}/draft`, { method: 'PUT', json: { definition: def, revision: 3 } });
    expect((await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
  });

  it('keeps roles: a viewer cannot create, a reviewer cannot publish', async () => {
    const viewer = await login(s.url, 'county-viewer');
    expect((await viewer.fetch('/apps', { method: 'POST', json: { title: 'x' } })).status).toBe(403);
    const app = await createApp();
    const reviewer = await login(s.url, 'county-reviewer');
    expect((await reviewer.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(403);
    expect((await viewer.fetch(`/apps/${app.id}`)).status).toBe(200);
  });

  it('soft-deletes: gone from lists and from residents, recorded in the audit log', async () => {
    const app = await createApp('将删除');
    await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
    expect((await builder.fetch(`/apps/${app.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await builder.fetch(`/apps/${app.id}`)).status).toBe(404);
    expect((await request(s.url, `/public/apps/${app.slug}`)).status).toBe(404);
    const admin = await login(s.url, 'county-admin');
    const log = await json<{ items: Array<{ action: string; targetId: string; userId: number; ip: string }> }>(
      await admin.fetch('/audit'),
    );
    const entry = log.items.find((e) => e.action === 'app.delete' && e.targetId === String(app.id));
    expect(entry?.ip).toBe('127.0.0.1');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

// A built runtime's page and a stand-in for its server-render module, which counts its calls
// and fails for one app, as a broken render would.
const runtime = mkdtempSync(join(tmpdir(), 'sprout-ssr-'));
writeFileSync(
  join(runtime, 'resident.html'),
  '<!doctype html><html lang="zh-CN"><head><title>萌芽</title></head><body><div id="root"></div></body></html>',
);
const renderModule = join(runtime, 'render-resident.js');
writeFileSync(
  renderModule,
  `export async function renderResidentForm(body, prefs) {
    globalThis.sproutTestRenders = (globalThis.sproutTestRenders ?? 0) + 1;
    if (body.app.slug === 'render-fails') throw new Error('broken component');
    return '<form lang="' + prefs.locale + '"' + (prefs.largeText ? ' class="large"' : '') + '><input id="f-name"></form><p>v' + body.version + '</p>';
  }`,
);
const renders = () => (globalThis as { sproutTestRenders?: number }).sproutTestRenders ?? 0;

let server: TestServer;
let unbuilt: TestServer;
beforeAll(async () => {
  server = await startTestServer({ app: { dist: { runtime, residentRender: renderModule } } });
  unbuilt = await startTestServer({ app: { dist: { runtime, residentRender: join(runtime, 'absent.js') } } });
});
afterAll(async () => {
  await server.close();
  await unbuilt.close();
});

const page = async (s: TestServer, slug: string, cookie?: string) => {
  const res = await fetch(`${s.url}/a/${slug}`, { headers: cookie ? { cookie } : {} });
  expect(res.status).toBe(200);
  return res.text();
};

describe('/a/:slug rendered on the server', () => {
  it('puts the rendered form into #root, names the app in the title and keeps the inline app', async () => {
    const html = await page(server, 'health-code');
    expect(html).toContain(
      '<div id="root" data-server-rendered="zh-CN"><form lang="zh-CN"><input id="f-name"></form><p>v1</p></div>',
    );
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>居民健康申报 · 萌芽</title>');
    expect(html).toContain('<script type="application/json" id="sprout-published-app">');
  });

  it('renders in the language and text size the device’s cookie names, and says answers vary by it', async () => {
    const html = await page(server, 'health-code', 'sid=x; sprout-display=en.large');
    expect(html).toContain(
      '<div id="root" data-server-rendered="en.large"><form lang="en" class="large"><input id="f-name"></form>',
    );
    expect(html).toContain('<html lang="en" class="sp-large-page">');
    // A cookie that names nothing Sprout knows gets the default page, not an error.
    const odd = await page(server, 'health-code', 'sprout-display=fr%3Cscript%3E');
    expect(odd).toContain('data-server-rendered="zh-CN"><form lang="zh-CN">');
    const res = await fetch(`${server.url}/a/health-code`);
    const vary = (res.headers.get('vary') ?? '').split(/,\s*/);
    expect(vary.sort()).toEqual(['Accept-Encoding', 'Cookie']);
  });

  it('keeps one markup per display choice: each renders once, none answers for another', async () => {
    const before = renders();
    for (let i = 0; i < 2; i++) {
      await page(server, 'health-code', 'sprout-display=zh-CN.large');
      await page(server, 'health-code', 'sprout-display=en');
    }
    expect(renders() - before).toBe(2);
    expect(await page(server, 'health-code', 'sprout-display=en')).toContain('<form lang="en">');
    expect(await page(server, 'health-code', 'sprout-display=zh-CN.large')).toContain(
      '<form lang="zh-CN" class="large">',
    );
  });

  it('renders a published version once and answers later visits from memory', async () => {
    await page(server, 'health-code');
    const before = renders();
    for (let i = 0; i < 3; i++) await page(server, 'health-code');
    expect(renders()).toBe(before);
  });

  it('serves the page to be rendered in the browser when rendering fails', async () => {
    const county = (await server.storage.orgs.byCode('330110'))!;
    const definition = (await server.storage.apps.published('health-code'))!.definition;
    const app = await server.storage.apps.create({
      orgId: county.id,
      slug: 'render-fails',
      title: '渲染失败',
      draft: definition,
      createdBy: null,
      now: '2026-03-02T02:00:00Z',
    });
    await server.storage.apps.publish(app.id, definition, null, '2026-03-02T02:00:00Z');
    const html = await page(server, 'render-fails');
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('data-server-rendered');
    expect(html).toContain('id="sprout-published-app"');
  });

  it('names the published version in a header that changes with each publication', async () => {
    const found = (await server.storage.apps.published('health-code'))!;
    const pageVersion = async () => (await fetch(`${server.url}/a/health-code`)).headers.get('sprout-page-version');
    const before = await pageVersion();
    await server.storage.apps.publish(found.appId, found.definition, null, '2026-03-02T03:00:00Z');
    const after = await pageVersion();
    // The offline worker tells an out-of-date copy by this header: it is the published app's ETag.
    expect(after).not.toBe(before);
    expect(after).toBe((await fetch(`${server.url}/api/v1/public/apps/health-code`)).headers.get('etag'));
  });

  it('serves the page to be rendered in the browser when the render module is not built', async () => {
    const html = await page(unbuilt, 'health-code');
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('<title>萌芽</title>');
  });
});

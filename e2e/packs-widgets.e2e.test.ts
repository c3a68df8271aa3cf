import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { parseCsv } from './support/console-helpers.ts';
import { canvasLabels, createBlankApp, paletteItem, signIn, waitSaved } from './support/editor-helpers.ts';
import { tabTo, tabToButton } from './support/runtime-keyboard.ts';
import { axeViolations, DEMO_PASSWORD, focused, openApp } from './support/runtime-resident.ts';
import { type RunningServer, startServer } from './support/server.ts';

// The vendor's whole path with the kit's CLI as a vendor runs it (a child process, no
// import of ours): build both example packs, install them on a running server, an admin
// approves them, a village official publishes an app with 车牌号, a resident fills it by
// keyboard on a 360px phone; then the same with the pack marked untrusted (iframe).
const ROOT = resolve(import.meta.dirname, '..');
const CLI = resolve(ROOT, 'component-kit/bin/sprout-pack.js');
const run = promisify(execFile);
const sproutPack = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });

const PLATE = 'examples.plateNumber';
const VENDOR = { username: 'acme-vendor', password: 'vendor-pass-1' };
const VENDOR_OWN_PASSWORD = 'acme-own-pass-2';

interface Session {
  fetch(path: string, init?: { method?: string; json?: unknown }): Promise<Response>;
}

async function session(base: string, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login of ${username} answered ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    fetch: (path, init = {}) =>
      fetch(`${base}/api/v1${path}`, {
        method: init.method ?? 'GET',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
      }),
  };
}

let server: RunningServer;
const browser = useBrowser();
let admin: Session;
let builder: Session;
let app: { id: number; slug: string };
/** The data keys the builder gave the two fields: the page's ids are `f-<key>`. */
let keys: { name: string; plate: string };
let plateId: number;

beforeAll(async () => {
  server = await startServer({ env: { SPROUT_DEMO: '1' } });
  admin = await session(server.url, 'county-admin');
  builder = await session(server.url, 'jingshancun-builder');
  const orgs = (await (await admin.fetch('/orgs')).json()) as { items: Array<{ id: number; code: string }> };
  const county = orgs.items.find((o) => o.code === '330110');
  const made = await admin.fetch('/users', {
    method: 'POST',
    json: { ...VENDOR, displayName: 'Acme 组件', orgId: county?.id, roles: ['vendor'] },
  });
  expect(made.status).toBe(201);
  // A password an admin set must be changed by its owner before anything else.
  const vendor = await session(server.url, VENDOR.username, VENDOR.password);
  const changed = await vendor.fetch('/auth/password', {
    method: 'POST',
    json: { oldPassword: VENDOR.password, newPassword: VENDOR_OWN_PASSWORD },
  });
  expect(changed.status).toBe(204);
});
afterAll(async () => {
  await server?.stop();
});

/** Fills the plate field by keyboard: province button, Enter, arrows to 浙 in the keypad, Enter, the number. */
async function typePlateByKeyboard(page: Page) {
  await tabTo(page, `f-${keys.plate}-province`);
  await page.keyboard.press('Enter');
  expect((await focused(page)).text).toBe('京');
  for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  expect((await focused(page)).id).toBe(`f-${keys.plate}`);
  await page.keyboard.type('a12345');
}

describe('a vendor’s pack, from the kit to a resident’s phone', () => {
  it('a vendor builds both example packs with the kit and installs them through the API', async () => {
    // One with a name and password, the other with a session token (what a CI job would hold).
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: VENDOR.username, password: VENDOR_OWN_PASSWORD }),
    });
    const token = /sprout_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const credentials: Record<string, [string[], Record<string, string>]> = {
      'plate-number': [['--user', VENDOR.username], { SPROUT_PASSWORD: VENDOR_OWN_PASSWORD }],
      'bank-account': [[], { SPROUT_TOKEN: token }],
    };
    for (const [pack, [args, env]] of Object.entries(credentials)) {
      const out = resolve(server.dataDir, `built-${pack}`);
      await sproutPack(['build', `examples/packs/${pack}`, '--out', out]);
      const [archive] = readdirSync(out);
      const installed = await sproutPack(
        ['install', resolve(out, archive ?? ''), '--server', server.url, ...args],
        env,
      );
      expect(installed.stdout).toContain('installed (201)');
    }
    const listed = (await (await admin.fetch('/catalog/packs')).json()) as {
      items: Array<{ id: number; name: string; state: string }>;
    };
    expect(listed.items.map((p) => p.name).sort()).toEqual([
      '@sprout-examples/bank-account',
      '@sprout-examples/plate-number',
    ]);
    plateId = listed.items.find((p) => p.name === '@sprout-examples/plate-number')!.id;
  });

  it('the township admin approves them; a village official adds 车牌号 in the builder and publishes', async () => {
    const town = await session(server.url, 'jingshan-admin');
    const packs = (await (await admin.fetch('/catalog/packs')).json()) as { items: Array<{ id: number }> };
    for (const pack of packs.items) {
      expect((await town.fetch(`/catalog/packs/${pack.id}/approve`, { method: 'POST', json: {} })).status).toBe(200);
    }
    const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
    await signIn(page, server.url, { username: 'jingshancun-builder', password: DEMO_PASSWORD });
    await createBlankApp(page, '村道停车登记');
    // By keyboard, as the builder allows: Enter on a palette entry adds it to the canvas.
    await page.getByRole('searchbox').first().fill('车牌');
    await paletteItem(page, PLATE).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('searchbox').first().fill('');
    await paletteItem(page, 'text').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => canvasLabels(page)).toEqual(['车牌号', '单行文本']);
    await waitSaved(page);
    await page.getByRole('button', { name: '发布', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '确认发布' }).click();
    const link = await dialog.getByTestId('resident-link').inputValue();
    await page.close();
    const slug = link.replace(/^.*\/a\//, '');
    const published = (await (await fetch(`${server.url}/api/v1/public/apps/${slug}`)).json()) as {
      definition: { pages: Array<{ nodes: Array<{ type: string; name?: string }> }> };
      packs: Array<{ name: string; version: string; sha256: string }>;
    };
    const nodes = published.definition.pages.flatMap((p) => p.nodes);
    keys = {
      plate: nodes.find((n) => n.type === PLATE)?.name ?? '',
      name: nodes.find((n) => n.type === 'text')?.name ?? '',
    };
    // Publishing pinned the pack by name, version and content hash.
    expect(published.packs[0]).toMatchObject({ name: '@sprout-examples/plate-number', version: '1.2.0' });
    expect(published.packs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const apps = (await (await builder.fetch('/apps')).json()) as { items: Array<{ id: number; slug: string }> };
    app = apps.items.find((a) => a.slug === slug)!;
  });

  it('a resident fills 车牌号 by keyboard on a 360px phone and sends it; axe finds nothing', async () => {
    const { context, page } = await openApp(browser, server.url, app.slug);
    await page.locator(`#f-${keys.plate}-province`).waitFor();
    await typePlateByKeyboard(page);
    await tabTo(page, `f-${keys.name}`);
    await page.keyboard.type('张三');
    expect(await axeViolations(page)).toEqual([]);
    await tabToButton(page, '提交');
    await page.keyboard.press('Enter');
    await page.locator('.sp-receipt').waitFor();
    await context.close();
  });

  it('the server refuses an invalid plate sent straight to the API, naming the field', async () => {
    const res = await fetch(`${server.url}/api/v1/public/apps/${app.slug}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'plate-bad-1' },
      body: JSON.stringify({ version: 1, values: { [keys.name]: '李四', [keys.plate]: '浙A1234' } }),
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: Array<{ path: string }> };
    expect(problem.errors.map((e) => e.path)).toContain(`values.${keys.plate}`);
  });

  it('the export has the declared columns', async () => {
    const csv = parseCsv(await (await builder.fetch(`/apps/${app.id}/export.csv`)).text());
    const header = csv[0] ?? [];
    // Each declared column is headed by the field's label and the column's.
    const plate = header.indexOf('车牌号 · 车牌号');
    const kind = header.indexOf('车牌号 · 号牌种类');
    expect(plate).toBeGreaterThanOrEqual(0);
    expect(kind).toBeGreaterThanOrEqual(0);
    expect(csv[1]?.[kind]).toBe('普通号牌');
    expect(csv[1]?.[plate]).toMatch(/^浙.*45$/);
  });

  it('marked untrusted, the widget runs in a sandboxed frame and is still filled by keyboard', async () => {
    const trust = await admin.fetch(`/catalog/packs/${plateId}/trust`, { method: 'POST', json: { trusted: false } });
    expect(trust.status).toBe(200);
    const { context, page } = await openApp(browser, server.url, app.slug);
    const frameElement = page.locator(`iframe#f-${keys.plate}`);
    await frameElement.waitFor();
    expect(await frameElement.getAttribute('sandbox')).toBe('allow-scripts');
    const frame = page.frameLocator(`iframe#f-${keys.plate}`);
    await frame.locator('#w-input-province').waitFor();
    // The plate comes first: Tab from the top of the page into the frame, to its province button.
    for (let i = 0; i < 10 && (await frame.locator(':focus').count()) === 0; i++) await page.keyboard.press('Tab');
    expect(await frame.locator(':focus').getAttribute('id')).toBe('w-input-province');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.type('ad12345');
    expect(await axeViolations(page)).toEqual([]);
    // Tab leaves the frame for the next field of the page.
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe(`f-${keys.name}`);
    await page.keyboard.type('王五');
    await tabToButton(page, '提交');
    await page.keyboard.press('Enter');
    await page.locator('.sp-receipt').waitFor();
    await context.close();
    const csv = parseCsv(await (await builder.fetch(`/apps/${app.id}/export.csv`)).text());
    const row = csv.find((r) => r.includes('王五'));
    expect(row).toEqual(expect.arrayContaining(['浙AD12345', '新能源汽车号牌']));
  });

  it('after a security block the page loads nothing of the pack and names it in a placeholder', async () => {
    const blocked = await admin.fetch(`/catalog/packs/${plateId}/block`, {
      method: 'POST',
      json: { reason: '演示：发现安全问题' },
    });
    expect(blocked.status).toBe(200);
    const { context, page } = await openApp(browser, server.url, app.slug);
    await page.getByText('组件 车牌号 @sprout-examples/plate-number@1.2.0 已被停用').waitFor();
    await page.locator(`#f-${keys.name}`).fill('赵六');
    const packFiles = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/packs/')).length,
    );
    expect(packFiles).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    // The app's builders hear of it: an alert in the builder and a notice to their org.
    const editor = await browser.newPage({ viewport: { width: 1600, height: 950 } });
    await signIn(editor, server.url, { username: 'jingshancun-builder', password: DEMO_PASSWORD });
    await editor.goto(`${server.url}/apps/${app.id}/edit`);
    await editor
      .getByRole('alert')
      .filter({ hasText: '@sprout-examples/plate-number@1.2.0（车牌号）已停用' })
      .waitFor();
    const notices = (await (await builder.fetch('/notices')).json()) as { items: Array<{ message: string }> };
    expect(notices.items[0]?.message).toContain('演示：发现安全问题');
    await editor.close();
  });
});

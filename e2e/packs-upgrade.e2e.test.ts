import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { signIn } from './support/editor-helpers.ts';
import { apiLogin } from './support/review-helpers.ts';
import { axeViolations } from './support/runtime-resident.ts';

const browser = useBrowser();

// One server serves every browser test (and retries): this pack's name and types are its own.
const stamp = Date.now().toString(36);
const NAME = `@upg-${stamp}/greeting`;
const TYPE = `upg${stamp}.greeting`;
const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** A composite pack (no widget code): one text part. 1.1.0 renames `help` to `hint` and raises the level. */
function manifest(version: '1.0.0' | '1.1.0') {
  const next = version === '1.1.0';
  const labelProp = { kind: 'text', label: text('标题', 'Label'), localized: true, default: '问候语' };
  const helpProp = { kind: 'text', label: text('说明文字', 'Help text'), localized: true, default: '' };
  const hintProp = { kind: 'text', label: text('填写提示', 'Hint'), localized: true, default: '' };
  return {
    name: NAME,
    version,
    vendor: { name: '升级测试' },
    componentApi: '^1.0.0',
    host: {},
    components: [
      {
        type: TYPE,
        title: text('问候语', 'Greeting'),
        category: 'basic',
        props: next ? { label: labelProp, hint: hintProp } : { label: labelProp, help: helpProp },
        composite: {
          nodes: [
            { id: 'words', type: 'text', name: 'words', required: true, props: { label: text('一句话', 'Words') } },
          ],
        },
        value: { type: 'object', properties: { words: { type: 'string', maxLength: 50 } }, required: ['words'] },
        defaultLevel: next ? 'L2' : 'L1',
        mask: { kind: 'none' },
        capabilities: ['none'],
      },
    ],
    ...(next ? { migrations: [{ component: TYPE, since: '1.1.0', rename: { help: 'hint' } }] } : {}),
  };
}

function archive(version: '1.0.0' | '1.1.0'): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-upgrade-'));
  mkdirSync(join(dir, 'package'));
  writeFileSync(join(dir, 'package', 'sprout-pack.json'), JSON.stringify(manifest(version)));
  const tar = spawnSync('tar', ['-czf', join(dir, 'pack.tgz'), '-C', dir, 'package']);
  if (tar.status !== 0) throw new Error(`tar: ${tar.stderr}`);
  return readFileSync(join(dir, 'pack.tgz'));
}

/** The county admin uploads an archive (ApiSession sends JSON only, so this signs in on its own). */
async function upload(base: string, version: '1.0.0' | '1.1.0'): Promise<number> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'county-admin', password: 'sprout-demo-1' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/v1/catalog/packs`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/gzip' },
    body: new Uint8Array(archive(version)),
  });
  if (res.status !== 201) throw new Error(`upload ${version}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}

it('a builder sees a newer pack version with its diff, upgrades the draft on confirm, and the published version stays pinned', async () => {
  const base = inject('baseUrl');
  const admin = await apiLogin(base, 'county-admin');
  const v1 = await upload(base, '1.0.0');
  expect((await admin.fetch(`/catalog/packs/${v1}/approve`, { method: 'POST', json: {} })).status).toBe(200);

  // A village app using the pack, published on 1.0.0, with a help text the upgrade must carry over.
  const builder = await apiLogin(base, 'jingshancun-builder');
  const definition = {
    schemaVersion: 2,
    meta: { title: '邻里问候' },
    pages: [{ id: 'p1', nodes: [{ id: 'n1', type: TYPE, name: 'greeting', props: { help: '写一句祝福' } }] }],
    settings: {
      submitters: 'anyone',
      anonymous: false,
      oncePer: 'none',
      review: { required: false },
      resultCode: { issue: false },
      retentionDays: 365,
    },
  };
  const created = await builder.fetch('/apps', { method: 'POST', json: { title: '邻里问候', definition } });
  expect(created.status).toBe(201);
  const app = (await created.json()) as { id: number; slug: string };
  expect((await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);

  // 1.1.0 asks for nothing more, so the county's approval carries over to it.
  await upload(base, '1.1.0');

  const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
  await signIn(page, base, { username: 'jingshancun-builder', password: 'sprout-demo-1' });
  await page.goto(`${base}/apps/${app.id}/edit`);
  const notice = page.getByRole('region', { name: '组件包有新版本' });
  await notice.waitFor();
  expect(await notice.textContent()).toContain(`${NAME}：1.0.0 → 1.1.0`);
  await notice.getByRole('button', { name: '查看变更并升级' }).click();

  const dialog = page.getByRole('dialog', { name: `升级组件包 ${NAME}` });
  await dialog.waitFor();
  const lines = await dialog.locator('li').allInnerTexts();
  expect(lines).toEqual([
    '「问候语」：新增设置 填写提示；移除设置 说明文字；默认分级 L1 → L2',
    '设置「说明文字」改名为「填写提示」，已填的值会带过去',
  ]);
  expect(await dialog.textContent()).toContain('已发布的版本继续使用 1.0.0');
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(tmpdir(), 'sprout-pack-upgrade-dialog.png') });

  // Cancel changes nothing; confirm upgrades the draft and the builder reloads it.
  await dialog.getByRole('button', { name: '取消' }).click();
  expect(((await (await builder.fetch(`/apps/${app.id}`)).json()) as { revision: number }).revision).toBe(1);
  await notice.getByRole('button', { name: '查看变更并升级' }).click();
  await dialog.getByRole('button', { name: '升级草稿到 1.1.0' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `已升级到 ${NAME} 1.1.0` })
    .waitFor();
  await page.locator('.palette-item').first().waitFor();
  expect(await page.getByRole('region', { name: '组件包有新版本' }).count()).toBe(0);

  // The draft carries the renamed prop; the published version still pins 1.0.0.
  const draft = (await (await builder.fetch(`/apps/${app.id}`)).json()) as {
    draft: { pages: Array<{ nodes: Array<{ props: Record<string, unknown> }> }> };
  };
  expect(draft.draft.pages[0]?.nodes[0]?.props).toEqual({ hint: '写一句祝福' });
  const published = (await (await fetch(`${base}/api/v1/public/apps/${app.slug}`)).json()) as {
    packs: Array<{ version: string }>;
  };
  expect(published.packs.map((p) => p.version)).toEqual(['1.0.0']);
  await page.close();
});

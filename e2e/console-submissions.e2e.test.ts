import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { apiAs, guideShot, ZH, parseCsv, readXlsxRows, signInAt } from './support/console-helpers.ts';

const browser = useBrowser({ lang: 'zh-CN' });
let appId = 0;
let sample: { values: Record<string, unknown>; version: number } | undefined;
const NAMES = ['核查甲', '核查乙', '核查丙', '核查丁', '核查戊'];
const CONTACT = ['是', '否', '是', '否', '是'];

beforeAll(async () => {
  const base = inject('baseUrl');
  // Five declarations residents send, with names this test can search for.
  const admin = await apiAs(base, 'county-admin');
  const apps = await admin.get<{ items: Array<{ id: number; slug: string }> }>('/apps');
  appId = apps.items.find((a) => a.slug === 'health-code')?.id ?? 0;
  // Lists are masked; an admin's export holds the whole values to send again.
  const seeded = await admin.get<Array<{ values: Record<string, unknown>; version: number }>>(
    `/apps/${appId}/export.json?q=${encodeURIComponent('王小明')}`,
  );
  sample = seeded[0];
  for (const [i, name] of NAMES.entries()) await declare(base, name, CONTACT[i]!, `console-e2e-${i}`);
});

/** A resident sends the demo's sample declaration under another name. */
async function declare(base: string, name: string, contact: string, key: string): Promise<void> {
  if (!sample) throw new Error('the demo lost its health-code sample');
  const res = await fetch(`${base}/api/v1/public/apps/health-code/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({
      version: sample.version,
      consentVersion: sample.version,
      values: { ...sample.values, name, contact },
    }),
  });
  expect([200, 201]).toContain(res.status);
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return readFileSync(path);
}

it('a county official filters the health declarations, reads one, and exports exactly the filtered rows', async () => {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...ZH, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').waitFor();
  await guideShot(page, 'login-desktop', '.login-card');
  await signInAt(page, base, 'county-admin');
  await page.getByRole('heading', { name: /你好，余杭区管理员/ }).waitFor();
  // The demo's health-code card by its link: other tests add apps titled 居民健康申报 too, and the
  // newest card comes first.
  const card = page.locator('.app-card', { has: page.locator(`a[href$="/apps/${appId}/submissions"]`) });
  await expect(card.locator('dd').last().textContent()).resolves.toMatch(/^\d+$/);
  await guideShot(page, 'home-desktop');

  await card.getByRole('link', { name: '查看填报' }).click();
  await page.waitForURL(new RegExp(`/apps/${appId}/submissions$`));
  await page.locator('.sub-table tbody tr').first().waitFor();
  // L4 ID numbers are masked in the list.
  await expect(page.locator('.sub-table tbody').textContent()).resolves.toMatch(/330\*+\d{3}[\dX]/);
  await guideShot(page, 'submissions-desktop');

  await page.getByLabel('搜索').fill('核查');
  await page.getByRole('button', { name: '查询' }).click();
  await page.getByText('已显示 5 条').waitFor();
  await page.locator('form.filters').getByLabel('是否为确诊或疑似病例的密切接触者').selectOption('是');
  await page.getByText('已显示 3 条').waitFor();
  expect(new URL(page.url()).searchParams.get('fields')).toBe('{"contact":"是"}');
  await guideShot(page, 'submissions-filtered-desktop');

  // The drawer: every answer with its label, masked until the official unmasks it with a reason
  // (audited), then marked 已查看敏感信息; version and history.
  await page.locator('.sub-table tbody tr').first().getByRole('button').click();
  const drawer = page.getByRole('dialog', { name: '填报详情' });
  await drawer.getByText('核*戊').waitFor();
  await expect(drawer.getByText('身份证号码').count()).resolves.toBeGreaterThan(0);
  await drawer.getByRole('button', { name: '查看敏感信息' }).click();
  await drawer.getByLabel('查看原因').fill('核对密接人员身份');
  await drawer.getByRole('button', { name: '确认查看' }).click();
  await drawer.getByText('核查戊').waitFor();
  await drawer.getByText('已查看敏感信息').waitFor();
  await drawer.getByText('v1', { exact: true }).waitFor();
  await drawer.getByText('群众提交').waitFor();
  await guideShot(page, 'submission-drawer-desktop');
  await drawer.getByRole('button', { name: '关闭' }).click();

  const csv = await download(page, 'CSV');
  await page.getByText(/已导出 CSV/).waitFor();
  await guideShot(page, 'export-desktop');
  expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = parseCsv(csv.toString('utf8').slice(1)).filter((r) => r.length > 1);
  const header = rows[0] ?? [];
  const nameAt = header.indexOf('姓名');
  const contactAt = header.indexOf('是否为确诊或疑似病例的密切接触者');
  expect(nameAt).toBeGreaterThan(0);
  expect(rows.slice(1).map((r) => r[nameAt])).toEqual(['核查戊', '核查丙', '核查甲']);
  expect(rows.slice(1).every((r) => r[contactAt] === '是')).toBe(true);

  const xlsx = await readXlsxRows(await download(page, '导出 Excel'));
  const xlsxName = (xlsx[0] ?? []).indexOf('姓名');
  expect(xlsx.slice(1).map((r) => r[xlsxName])).toEqual(['核查戊', '核查丙', '核查甲']);

  // 导出含附件: a ZIP holding the same workbook (the health declaration has no files).
  const zip = await download(page, '导出含附件');
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(zip.includes(Buffer.from('.xlsx'))).toBe(true);
  await page.getByText(/已导出 Excel 及附件/).waitFor();

  const json = JSON.parse((await download(page, 'JSON')).toString('utf8')) as Array<{ values: { name: string } }>;
  expect(json.map((s) => s.values.name)).toEqual(['核查戊', '核查丙', '核查甲']);

  // Oldest first.
  await page.locator('form.filters').getByLabel('排序').selectOption('asc');
  await expect(page.locator('.sub-table tbody tr').first().textContent()).resolves.toBeTruthy();
  // Names are L3: the list shows them masked.
  await page.waitForFunction(() => document.querySelector('.sub-table tbody tr')?.textContent?.includes('核*甲'));
  expect(errors).toEqual([]);
  await context.close();
});

it('the console works on a 360px phone: home, the filtered table and a submission', async () => {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...ZH, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').waitFor();
  await guideShot(page, 'login-360');
  await signInAt(page, base, 'county-admin');
  await page.getByRole('heading', { name: /你好/ }).waitFor();
  await guideShot(page, 'home-360');
  await page.goto(`${base}/apps/${appId}/submissions?q=${encodeURIComponent('核查')}`);
  await page.getByText('已显示 5 条').waitFor();
  // The page itself never scrolls sideways; only the table does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await guideShot(page, 'submissions-360');
  await page.locator('.sub-table tbody tr').first().getByRole('button').click();
  await page.getByRole('dialog', { name: '填报详情' }).getByText('核*戊').waitFor();
  await guideShot(page, 'submission-drawer-360');
  await context.close();
});

it('an admin deletes one submission for good, with a reason and after confirming', async () => {
  const base = inject('baseUrl');
  await declare(base, '申请删除', '否', 'console-e2e-delete');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...ZH });
  const query = `/apps/${appId}/submissions?q=${encodeURIComponent('申请删除')}`;
  await signInAt(page, base, 'county-admin', undefined, query);
  await page.getByText('已显示 1 条').waitFor();
  await page.locator('.sub-table tbody tr').first().getByRole('button').click();
  const drawer = page.getByRole('dialog', { name: '填报详情' });
  await drawer.getByRole('button', { name: '删除这条填报' }).click();
  const go = drawer.getByRole('button', { name: '永久删除' });
  // A reason of two characters at least, then a confirmation naming the receipt.
  expect(await go.isDisabled()).toBe(true);
  await drawer.getByLabel(/删除原因/).fill('居民依法申请删除');
  const dialogs: string[] = [];
  page.once('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await go.click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toMatch(/^永久删除回执码 \S+ 的填报及其附件/);
  page.once('dialog', (d) => void d.accept());
  await go.click();
  await page.getByText('没有符合筛选条件的填报').waitFor();
  await page.goto(`${base}${query}`);
  await page.getByText('没有符合筛选条件的填报').waitFor();
  await page.close();
});

it('an empty filter result says what to do next; an unknown app says it is not found', async () => {
  const base = inject('baseUrl');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...ZH });
  await signInAt(
    page,
    base,
    'county-admin',
    undefined,
    `/apps/${appId}/submissions?q=${encodeURIComponent('没有这个人')}`,
  );
  await page.getByText('没有符合筛选条件的填报').waitFor();
  await page.goto(`${base}/apps/999999/submissions`);
  await page.getByText('没有找到。可能已被删除，或不在你的管辖范围内。').waitFor();
  await page.close();
});

it('guide pictures: the app list, a new app, and the builder where an app is published', async () => {
  const base = inject('baseUrl');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...ZH });
  await signInAt(page, base, 'jingshan-admin', undefined, '/apps');
  await page.getByRole('heading', { name: '我的应用' }).waitFor();
  await guideShot(page, 'apps-desktop');
  await page.getByRole('button', { name: /新建应用/ }).click();
  await page.getByRole('dialog').getByLabel('应用名称').waitFor();
  await guideShot(page, 'create-app-desktop');
  await page.keyboard.press('Escape');
  await page
    .getByRole('row', { name: /村（社区）每日情况日报/ })
    .getByRole('link', { name: '编辑' })
    .click();
  await page.waitForURL(/\/edit$/);
  await page.getByRole('button', { name: '发布' }).first().waitFor();
  await page.locator('.canvas-node').first().waitFor();
  await guideShot(page, 'builder-desktop');
  await page.close();
});

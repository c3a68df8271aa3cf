import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { DEMO_PASSWORD, readXlsxRows, signInAt, ZH } from './support/console-helpers.ts';
import { serverForEachTest } from './support/server-per-test.ts';

const browser = useBrowser({ lang: 'zh-CN' });
let appId = 0;
// Each test (and each retry) gets a freshly seeded server and sends its own task, so a retry never
// meets the task a failed attempt already sent (待填报 would then count two).
const server = serverForEachTest();

/** A signed-in API client of a demo official (cookie + CSRF), to set up what the test does not click. */
async function client(base: string, username: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login of ${username} answered ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken, user } = (await res.json()) as { csrfToken: string; user: { org: { id: number } } };
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path} answered ${r.status}: ${await r.text()}`);
    return r.status === 204 ? null : ((await r.json()) as Record<string, unknown>);
  };
  return { call, orgId: user.org.id };
}

const DEFINITION = {
  schemaVersion: 2,
  meta: { title: '村情周报' },
  pages: [
    {
      id: 'p1',
      title: '本周情况',
      nodes: [
        {
          id: 'n1',
          type: 'number',
          name: 'population',
          required: true,
          props: { label: '常住人口', min: 0, integer: true },
        },
        {
          id: 'n2',
          type: 'number',
          name: 'households',
          required: true,
          props: { label: '户数', min: 0, integer: true },
        },
        {
          id: 'c1',
          type: 'radio',
          name: 'crop',
          props: {
            label: '主要作物',
            options: [
              { value: '稻', label: '稻' },
              { value: '麦', label: '麦' },
            ],
          },
        },
      ],
    },
  ],
  computed: [],
  outcomes: [],
  settings: {
    submitters: 'signed-in',
    anonymous: false,
    oncePer: 'none',
    review: { required: false },
    resultCode: { issue: false },
    retentionDays: 365,
  },
};

/** The published 村情周报 app, and 径山村's resident population in its master data (基础数据). */
async function publishReportApp(base: string) {
  const county = await client(base, 'county-admin');
  const app = (await county.call('POST', '/apps', { title: '村情周报', definition: DEFINITION })) as { id: number };
  appId = app.id;
  await county.call('POST', `/apps/${appId}/publish`);
  const village = await client(base, 'jingshancun-builder');
  await village.call('PUT', `/orgs/${village.orgId}/master-data`, { values: { 常住人口: 1234 } });
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...ZH, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}

async function fillAsVillage(
  base: string,
  username: string,
  values: { population?: string; households: string; crop: string },
) {
  const page = await newPage();
  await signInAt(page, base, username, DEMO_PASSWORD, '/tasks');
  const todo = page.getByRole('region', { name: '待我单位填报' });
  await expect.poll(() => todo.getByText('待填报').count()).toBe(1);
  await todo.getByRole('link', { name: '填报' }).click();
  const population = page.getByRole('textbox', { name: /常住人口/ });
  await population.waitFor();
  if (values.population) await population.fill(values.population);
  await page.getByRole('textbox', { name: /户数/ }).fill(values.households);
  await page.getByLabel(values.crop).check();
  await page.getByRole('button', { name: '提交' }).click();
  await page.getByText('已报送').waitFor();
  await page.context().close();
}

/**
 * The county sends 村情周报 weekly to every village (户数 沿用上期, 常住人口 from master data);
 * 径山村 (prefilled) and 张堰村 fill it. Answers the county's page.
 */
async function sendAndFillTwo(base: string): Promise<Page> {
  await publishReportApp(base);
  const page = await newPage();
  await signInAt(page, base, 'county-admin', DEMO_PASSWORD, '/tasks');
  await page.getByRole('button', { name: '下发报表任务' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('要填报的应用（已发布）').selectOption({ label: '村情周报' });
  await dialog
    .getByRole('group', { name: /沿用上期/ })
    .getByLabel('户数')
    .check();
  await dialog
    .getByRole('group', { name: /绑定基础数据/ })
    .getByLabel('常住人口')
    .fill('常住人口');
  await dialog.getByRole('button', { name: '下发' }).click();
  await page.getByText('已下发给 4 个单位。').waitFor();

  // 径山村: the population comes from its master data; it only types the households and the crop.
  const village = await newPage();
  await signInAt(village, base, 'jingshancun-builder', DEMO_PASSWORD, '/tasks');
  await village.getByRole('link', { name: '填报' }).click();
  await expect.poll(() => village.getByRole('textbox', { name: /常住人口/ }).inputValue()).toBe('1234');
  await village.getByText(/已自动带出：常住人口（基础数据）/).waitFor();
  await village.context().close();
  await fillAsVillage(base, 'jingshancun-builder', { households: '400', crop: '稻' });
  await fillAsVillage(base, 'zhangyan-builder', { population: '2000', households: '650', crop: '麦' });

  return page;
}

it('a county sends a weekly report to every village, two villages fill it (one prefilled), and the county reads progress, rollup, a chart and the XLSX', async () => {
  const base = server().url;
  const page = await sendAndFillTwo(base);

  // The county: progress, rollup, the XLSX and a chart.
  await page.reload();
  await page.getByRole('link', { name: '查看进度和汇总' }).first().click();
  await page.getByText('已报 2 / 4（50%）').first().waitFor();
  const rollup = page.locator('.rollup-table');
  await expect.poll(() => rollup.locator('tfoot').textContent()).toContain('3234');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载汇总表（XLSX）' }).click(),
  ]);
  const rows = await readXlsxRows(readFileSync(await file.path()));
  const header = rows[3] as string[];
  const total = rows[rows.length - 1] as unknown[];
  expect(total[0]).toBe('合计');
  expect(total[header.indexOf('常住人口')]).toBe(3234);
  expect(rows.filter((r) => String(r[0]).endsWith('小计'))).toHaveLength(2);

  await page.goto(`${base}/apps/${appId}/stats`);
  await page.locator('[data-testid="echart"] canvas').first().waitFor();
  await page.getByRole('region', { name: '主要作物' }).getByRole('button', { name: '表格' }).click();
  await expect
    .poll(() => page.getByRole('region', { name: '主要作物' }).locator('table').textContent())
    .toContain('50%');
});

it('the county changes who reports after sending: a village removed is no longer counted, added back it is', async () => {
  const base = server().url;
  const page = await sendAndFillTwo(base);
  await page.goto(`${base}/tasks`);
  await page.getByRole('link', { name: '查看进度和汇总' }).first().click();
  await page.getByText('已报 2 / 4（50%）').first().waitFor();
  await page.getByText(/调整填报单位（4 个）/).click();
  await page.getByRole('checkbox', { name: '南山村委会' }).check();
  await page.getByRole('button', { name: /移除所选/ }).click();
  await page.getByText('已增加 0 个、移除 1 个填报单位').waitFor();
  await page.getByText('已报 2 / 3（66.7%）').first().waitFor();
  await page.getByLabel('增加单位').selectOption({ label: '南山村委会' });
  await page.getByRole('button', { name: '增加', exact: true }).click();
  await page.getByText('已增加 1 个、移除 0 个填报单位').waitFor();
  await page.getByText('已报 2 / 4（50%）').first().waitFor();
  await page.context().close();
});

it('the 统计 page filters by org, drilling from the county to a township', async () => {
  const base = server().url;
  const page = await sendAndFillTwo(base);
  await page.goto(`${base}/apps/${appId}/stats`);
  await page.getByText('共 2 份').waitFor();
  await page.getByRole('combobox', { name: /^单位/ }).selectOption({ label: '径山镇' });
  await page.getByText('共 1 份').waitFor();
  await page.getByRole('combobox', { name: /^径山镇 下级/ }).waitFor();
  await page.context().close();
});

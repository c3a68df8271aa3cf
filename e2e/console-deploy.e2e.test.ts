import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { signInAt, ZH } from './support/console-helpers.ts';
import { serverForEachTest } from './support/server-per-test.ts';

// Servers of their own: these tests archive an app, lock an official out, rename a village and add a
// county, which other tests must not see and a retry must not meet again.
const browser = useBrowser({ lang: 'zh-CN' });
const server = serverForEachTest();

const wrongLogin = (username: string) =>
  fetch(`${server().url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'not-the-password' }),
  });

it('an admin sees a locked-out official on the orgs page and lifts the lock', async () => {
  for (let i = 0; i < 5; i++) await wrongLogin('county-viewer');
  // The real user, even with the right password, is told how long to wait and who can help.
  const locked = await browser.newPage({ viewport: { width: 360, height: 740 }, ...ZH });
  await locked.goto(`${server().url}/login`);
  await locked.getByLabel('用户名').fill('county-viewer');
  await locked.getByLabel('密码').fill('sprout-demo-1');
  await locked.getByRole('button', { name: '登录' }).click();
  await locked.getByRole('alert').filter({ hasText: '请 15 分钟后再试，或请管理员解除锁定' }).waitFor();
  await locked.close();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...ZH });
  await signInAt(page, server().url, 'county-admin', undefined, '/orgs');
  const locks = page.getByRole('region', { name: '登录锁定' });
  await locks.getByRole('cell', { name: '余杭区查看员', exact: true }).waitFor();
  await page.screenshot({ path: '/tmp/deploy-locks.png', fullPage: true });
  await locks.getByRole('button', { name: '解除锁定：余杭区查看员' }).click();
  await locks.getByRole('status').filter({ hasText: '已解除' }).waitFor();
  await locks.getByText('目前没有被锁定的账号或地址。').waitFor();
  const again = await fetch(`${server().url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'county-viewer', password: 'sprout-demo-1' }),
  });
  expect(again.status).toBe(200);
  await page.close();
});

it('an admin renames and disables a village, and the system administrator adds a county with its administrator', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...ZH });
  await signInAt(page, server().url, 'county-admin', undefined, '/orgs');
  await page.getByRole('button', { name: /南山村委会/ }).click();
  const card = page.getByRole('region', { name: '管理「南山村委会」' });
  await card.getByLabel('名称').fill('南山村');
  await card.getByRole('button', { name: '改名' }).click();
  // The card takes the new name as soon as the tree refreshes, so follow it by that name.
  const renamed = page.getByRole('region', { name: '管理「南山村」' });
  await renamed.getByRole('status').filter({ hasText: '已改名为「南山村」' }).waitFor();
  await renamed.getByRole('button', { name: '停用此组织' }).click();
  await page.getByRole('button', { name: /南山村（已停用）/ }).waitFor();

  const county = page.getByRole('form', { name: '添加区县（最上级组织）' });
  await county.getByLabel('行政区划代码（如 330106）').fill('330106');
  await county.getByLabel('该区县管理员的用户名').fill('xihu-admin');
  await county.getByRole('button', { name: '添加区县' }).click();
  const password = ((await page.getByTestId('new-password').textContent()) ?? '').trim();
  expect(password.length).toBeGreaterThanOrEqual(8);
  await page.screenshot({ path: '/tmp/deploy-orgs.png', fullPage: true });
  const res = await fetch(`${server().url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'xihu-admin', password }),
  });
  const { user } = (await res.json()) as { user: { org: { name: string }; mustChangePassword: boolean } };
  expect(user).toMatchObject({ org: { name: '西湖区' }, mustChangePassword: true });
  await page.close();
});

it('a builder archives an app with submissions (it cannot be deleted) and downloads a version’s QR poster again', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, ...ZH, acceptDownloads: true });
  await signInAt(page, server().url, 'county-builder', undefined, '/apps');
  await page
    .getByRole('row', { name: /居民健康申报/ })
    .getByRole('link', { name: '管理' })
    .click();
  await page.getByRole('heading', { name: /应用管理：/ }).waitFor();
  await expect(page.getByRole('button', { name: '删除应用' }).isDisabled()).resolves.toBe(true);
  await page.getByText('此应用已有填报，不能删除，请改为归档。').waitFor();
  await page.getByRole('button', { name: '归档', exact: true }).click();
  await page.getByText(/状态：已归档/).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载海报（PNG）' }).first().click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  await page.screenshot({ path: '/tmp/deploy-manage.png', fullPage: true });
  const closed = await fetch(`${server().url}/api/v1/public/apps/health-code/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'e2e-archived' },
    body: JSON.stringify({ version: 1, values: {} }),
  });
  expect(closed.status).toBe(410);
  await page.close();
});

it('a builder picks, without typing codes, which orgs’ officials may submit to a signed-in app', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, ...ZH });
  await signInAt(page, server().url, 'county-builder', undefined, '/apps');
  const row = page.getByRole('row', { name: /每日情况日报/ });
  await row.getByRole('link', { name: '编辑' }).click();
  await page.getByRole('tab', { name: '设置' }).click();
  const group = page.getByRole('group', { name: '哪些单位的工作人员可以填报' });
  await group.getByRole('checkbox', { name: '瓶窑镇' }).check();
  await page.screenshot({ path: '/tmp/deploy-submitter-orgs.png' });
  const appId = /\/apps\/(\d+)\/edit/.exec(page.url())?.[1];
  const draftOrgs = () =>
    page.evaluate(async (id) => {
      const app = (await (await fetch(`/api/v1/apps/${id}`)).json()) as {
        draft: { settings: { submitterOrgs?: string[] } };
      };
      return app.draft.settings.submitterOrgs ?? [];
    }, appId);
  await expect.poll(draftOrgs, { timeout: 20_000 }).toEqual(['330110110']);
  await page.close();
});

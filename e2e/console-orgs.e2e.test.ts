import { expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { apiAs, guideShot, ZH, signInAt } from './support/console-helpers.ts';
import { serverForEachTest } from './support/server-per-test.ts';

// Servers of their own: the first test adds a village and a user (who then changes their password),
// which a retry must not meet again and other tests must not see.
const server = serverForEachTest();
const browser = useBrowser({ lang: 'zh-CN' });

it('a township admin adds a village from the division picker and its user, who then sees only that village', async () => {
  const base = server().url;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...ZH });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signInAt(page, base, 'jingshan-admin', undefined, '/orgs');
  await page.getByRole('heading', { name: '组织架构' }).waitFor();
  await expect(page.locator('.org-tree li').count()).resolves.toBe(3);

  // The village comes from the dataset: its name and code are picked, never typed.
  await expect(page.getByLabel('上级组织').inputValue()).resolves.toBeTruthy();
  const division = page.getByLabel('行政区划（来自国家统计局区划数据）');
  await division.locator('option[value="330110109212"]').waitFor({ state: 'attached' });
  // Villages the township already has are not offered again.
  await expect(division.locator('option[value="330110109222"]').count()).resolves.toBe(0);
  await division.selectOption('330110109212');
  await guideShot(page, 'orgs-add-village-desktop');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  const added = page.getByRole('status').filter({ hasText: '已添加' });
  await added.waitFor();
  const villageName = /已添加「(.+)」/.exec((await added.textContent()) ?? '')?.[1] ?? '';
  expect(villageName).toMatch(/四岭/);
  // 已添加 shows first; the tree is fetched again after it.
  await expect.poll(() => page.locator('.org-tree li').count()).toBe(4);

  await page.getByRole('button', { name: '＋ 添加用户' }).click();
  const dialog = page.getByRole('dialog', { name: '添加用户' });
  await dialog.getByLabel('姓名').fill('四岭村网格员');
  await dialog.getByLabel('用户名（登录用，字母或数字）').fill('siling-builder');
  await dialog.getByLabel('所属组织').selectOption({ label: villageName });
  await guideShot(page, 'users-add-desktop');
  await dialog.getByRole('button', { name: '创建用户' }).click();
  const once = page.getByTestId('new-password');
  await once.waitFor();
  const password = ((await once.textContent()) ?? '').trim();
  expect(password.length).toBeGreaterThanOrEqual(8);
  await guideShot(page, 'users-password-once-desktop');
  await page
    .getByRole('dialog', { name: /请把密码告诉/ })
    .getByRole('button', { name: '关闭' })
    .last()
    .click();
  await page.getByRole('cell', { name: 'siling-builder' }).waitFor();
  await guideShot(page, 'orgs-desktop');
  expect(errors).toEqual([]);
  await page.close();

  // The new user signs in and sees their village only: no apps of the township, no org pages.
  const fresh = await browser.newContext({ viewport: { width: 360, height: 740 }, ...ZH });
  const phone = await fresh.newPage();
  await phone.goto(`${base}/login`);
  await phone.getByLabel('用户名').fill('siling-builder');
  await phone.getByLabel('密码').fill(password);
  await phone.getByRole('button', { name: '登录' }).click();
  // The password the admin chose must be replaced before anything else opens.
  await phone.getByRole('heading', { name: '请先设置您自己的密码' }).waitFor();
  await expect(phone.getByRole('link', { name: '应用' }).count()).resolves.toBe(0);
  await phone.getByLabel('原密码').fill(password);
  await phone.getByLabel('新密码（至少 8 位）').fill('siling-own-pass-1');
  await phone.getByLabel('再输入一次新密码').fill('siling-own-pass-1');
  await phone.getByRole('button', { name: '修改密码' }).click();
  await phone.locator('.topbar').waitFor();
  await phone.goto(`${base}/home`);
  await phone.getByRole('heading', { name: /你好，四岭村网格员/ }).waitFor();
  await phone.getByText('还没有应用。').waitFor();
  await guideShot(phone, 'home-new-village-360');
  const orgs = await phone.evaluate(
    async () => (await (await fetch('/api/v1/orgs')).json()) as { items: Array<{ name: string }> },
  );
  expect(orgs.items.map((o) => o.name)).toEqual([villageName]);
  await expect(phone.getByRole('link', { name: '组织与用户' }).count()).resolves.toBe(0);
  await fresh.close();
});

it('a village user cannot reach the township’s pages by URL', async () => {
  const base = server().url;
  const admin = await apiAs(base, 'jingshan-admin');
  const apps = await admin.get<{ items: Array<{ id: number; slug: string }> }>('/apps');
  const townshipApp = apps.items.find((a) => a.slug === 'huitoukan-survey');
  expect(townshipApp).toBeTruthy();

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...ZH });
  await signInAt(page, base, 'jingshancun-builder', undefined, `/apps/${townshipApp?.id}/submissions`);
  await page.getByText('没有找到。可能已被删除，或不在你的管辖范围内。').waitFor();
  await expect(page.locator('.sub-table').count()).resolves.toBe(0);
  await expect(page.getByText('张大山').count()).resolves.toBe(0);

  await page.goto(`${base}/orgs`);
  await page.getByText('只有管理员可以管理组织和用户。').waitFor();
  const status = await page.evaluate(async () => (await fetch('/api/v1/users')).status);
  expect(status).toBe(403);
  await page.close();
});

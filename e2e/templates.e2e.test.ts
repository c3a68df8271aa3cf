import { expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { signIn } from './support/editor-helpers.ts';
import { serverForEachTest } from './support/server-per-test.ts';

// Servers of their own: the township publishes 径山镇健康申报 as a template and the test counts its
// uses, which a retry must not meet again (two cards of that name, used twice).
const server = serverForEachTest();
const browser = useBrowser();

const VILLAGE_BUILDER = { username: 'jingshancun-builder', password: 'sprout-demo-1' };

it('a township publishes an app as a template and a village creates its own app from it in one click', async () => {
  const base = server().url;
  const errors: string[] = [];

  // 径山镇 starts from the built-in health declaration, publishes it and shares it down the tree.
  const town = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  town.on('pageerror', (e) => errors.push(e.message));
  await signIn(town, base);
  await town.getByRole('button', { name: /新建应用/ }).click();
  await town.locator('label.template', { hasText: '居民健康申报' }).click();
  await town.getByLabel('应用名称').fill('径山镇健康申报');
  await town.getByRole('button', { name: '创建并开始编辑' }).click();
  await town.waitForURL(/\/edit$/);
  await town.getByRole('button', { name: '发布', exact: true }).click();
  const dialog = town.getByRole('dialog');
  await dialog.getByRole('button', { name: '确认发布' }).click();
  await dialog.getByRole('button', { name: '发布为模板，供下级单位使用' }).click();
  await dialog.getByText('已发布为模板').waitFor();

  // 径山村 finds it in the 模板中心, previews it as residents will see it, and uses it.
  const village = await (await browser.newContext({ viewport: { width: 1400, height: 950 } })).newPage();
  village.on('pageerror', (e) => errors.push(e.message));
  await signIn(village, base, VILLAGE_BUILDER);
  await village.getByRole('link', { name: '模板中心' }).click();
  const card = village.getByRole('listitem', { name: '径山镇健康申报' });
  await expect.poll(() => card.textContent()).toContain('来自 径山镇');
  expect(await card.textContent()).not.toContain('已被使用');
  await card.getByRole('button', { name: '预览' }).click();
  const preview = village.getByTestId('template-preview');
  await preview.getByLabel('姓名').waitFor();
  await village.screenshot({ path: '/tmp/logic-e2e-template-preview.png' });
  await village.getByRole('dialog').getByRole('button', { name: /关闭/ }).click();
  await card.getByRole('button', { name: '用此模板' }).click();
  await village.waitForURL(/\/apps\/\d+\/edit$/);
  await expect.poll(() => village.locator('.canvas-node').count()).toBeGreaterThan(3);

  // The township sees how often its template was used.
  await town.goto(`${base}/templates`);
  const own = town.getByRole('listitem', { name: '径山镇健康申报' });
  await expect.poll(() => own.textContent()).toContain('已被使用 1 次');
  await town.screenshot({ path: '/tmp/logic-e2e-template-center.png' });
  expect(errors).toEqual([]);
});

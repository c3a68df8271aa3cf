import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { canvasLabels, createBlankApp, signIn, waitSaved } from './support/editor-helpers.ts';
import { serverForEachTest } from './support/server-per-test.ts';

// Servers of their own: the tests save blocks by name and expect 第 1 版, which a retry must not meet
// again (a second 返乡两问 in the palette, saved as 第 2 版).
const server = serverForEachTest();
const browser = useBrowser();

const VILLAGE_BUILDER = { username: 'jingshancun-builder', password: 'sprout-demo-1' };
const yesNo = [
  { value: '是', label: '是' },
  { value: '否', label: '否' },
];
/** 返乡行程 as the township built it: a 是/否 question and a follow-up shown after 是. */
const trip = {
  id: 'trip',
  type: 'section',
  props: { title: '返乡行程' },
  children: [
    { id: 'ret', type: 'radio', name: 'returned', props: { label: '近期是否返乡', options: yesNo } },
    { id: 'frm', type: 'text', name: 'fromCity', props: { label: '从哪里返回' }, visibleWhen: 'returned == "是"' },
  ],
};

/** The section's own head on the canvas (a click lower down would select a question inside it). */
function sectionHead(page: Page) {
  return page.locator('.canvas-node', { hasText: '返乡行程' }).first().locator('.node-head').first();
}

/** Creates an app holding the trip section through the API, as the signed-in official, and opens it. */
async function openAppWithTrip(page: Page, base: string, nodes: unknown[] = [trip]): Promise<void> {
  const me = await page.request.get(`${base}/api/v1/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const res = await page.request.post(`${base}/api/v1/apps`, { data: { title: '镇返乡登记' }, headers });
  expect(res.status()).toBe(201);
  const app = (await res.json()) as { id: number; revision: number; draft: { pages: Array<{ nodes: unknown[] }> } };
  app.draft.pages[0]!.nodes = nodes;
  const saved = await page.request.put(`${base}/api/v1/apps/${app.id}/draft`, {
    data: { definition: app.draft, revision: app.revision },
    headers,
  });
  expect(saved.status()).toBe(200);
  await page.goto(`${base}/apps/${app.id}/edit`);
  await page.locator('.canvas-node').first().waitFor();
}

it('a block is saved by the township, inserted by a village, and upgraded there with the diff shown', async () => {
  const base = server().url;
  const errors: string[] = [];
  const town = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  town.on('pageerror', (e) => errors.push(e.message));
  await signIn(town, base);
  await openAppWithTrip(town, base);
  const townSide = town.locator('.side-panel');
  await sectionHead(town).click();
  await townSide.getByRole('button', { name: '保存为区块' }).click();
  await expect
    .poll(() => townSide.getByRole('status').last().textContent())
    .toContain('已保存为区块「返乡行程」第 1 版');

  // The village adds it from the palette: its questions and its condition come along.
  const village = await (await browser.newContext({ viewport: { width: 1500, height: 1000 } })).newPage();
  village.on('pageerror', (e) => errors.push(e.message));
  await signIn(village, base, VILLAGE_BUILDER);
  await createBlankApp(village, '村返乡登记');
  await village
    .locator('.palette-group', { hasText: '区块' })
    .getByRole('button', { name: /返乡行程/ })
    .click();
  await expect.poll(() => canvasLabels(village)).toEqual(['返乡行程']);
  await waitSaved(village);

  // The township improves its block and saves a new version.
  await town.locator('.canvas-node', { hasText: '从哪里返回' }).first().click();
  await townSide.getByLabel('标题', { exact: true }).fill('从哪个城市返回');
  await sectionHead(town).click();
  await townSide.getByRole('button', { name: '保存为区块「返乡行程」的新版本' }).click();
  await expect.poll(() => townSide.getByRole('status').last().textContent()).toContain('第 2 版');

  // The village is offered the upgrade with what changes, and takes it.
  await village.reload();
  await sectionHead(village).click();
  const offer = village.locator('.block-upgrade');
  await expect.poll(() => offer.textContent()).toContain('区块「返乡行程」有新版本（第 2 版）');
  expect(await offer.locator('.block-diff li').allTextContents()).toEqual(['修改：从哪个城市返回（标题）']);
  await village.screenshot({ path: '/tmp/logic-e2e-block-upgrade.png' });
  await offer.getByRole('button', { name: '升级到第 2 版' }).click();
  await expect.poll(() => village.locator('.canvas-node', { hasText: '从哪个城市返回' }).count()).toBeGreaterThan(0);
  await waitSaved(village);

  // The follow-up condition still works in the preview after the upgrade.
  const preview = village.getByTestId('preview');
  await expect.poll(() => preview.getByLabel('从哪个城市返回').count()).toBe(0);
  await preview.getByLabel('是', { exact: true }).check();
  await preview.getByLabel('从哪个城市返回').waitFor();
  expect(errors).toEqual([]);
});

/** The same questions loose on the page, not grouped: an official picks the ones to keep together. */
const loose = [
  { id: 'nm', type: 'text', name: 'fullName', props: { label: '姓名' } },
  ...trip.children,
  { id: 'tmp', type: 'number', name: 'temperature', props: { label: '今日体温' } },
];

it('several questions picked with shift/ctrl-click are saved as one block and inserted as a unit', async () => {
  const base = server().url;
  const errors: string[] = [];
  const town = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  town.on('pageerror', (e) => errors.push(e.message));
  await signIn(town, base);
  await openAppWithTrip(town, base, loose);
  const side = town.locator('.side-panel');
  const node = (label: string) => town.locator('.canvas-node', { hasText: label }).first();

  // 姓名 and the follow-up: the follow-up's condition reads 近期是否返乡, which is not picked.
  await node('姓名').click();
  await node('从哪里返回').click({ modifiers: ['Shift'] });
  await side.getByRole('heading', { name: '已选 2 项' }).waitFor();
  expect(await side.locator('.error').textContent()).toContain('近期是否返乡');
  const save = side.getByRole('button', { name: '把选中的 2 项保存为区块' });
  expect(await save.isDisabled()).toBe(true);

  // Ctrl-click adds the question it reads; Shift+Enter by keyboard takes 姓名 out again.
  await node('近期是否返乡').click({ modifiers: ['Control'] });
  await side.getByRole('heading', { name: '已选 3 项' }).waitFor();
  expect(await side.locator('.error').count()).toBe(0);
  await node('姓名').focus();
  await town.keyboard.press('Shift+Enter');
  await side.getByRole('heading', { name: '已选 2 项' }).waitFor();
  expect(await side.locator('.inspector li').allTextContents()).toEqual(['近期是否返乡', '从哪里返回']);
  expect(await node('姓名').getAttribute('aria-pressed')).toBe('false');
  expect(await node('近期是否返乡').getAttribute('aria-pressed')).toBe('true');
  await side.getByLabel('区块名称').fill('返乡两问');
  await side.getByRole('button', { name: '把选中的 2 项保存为区块' }).click();
  await expect.poll(() => side.getByRole('status').last().textContent()).toContain('已保存为区块「返乡两问」第 1 版');
  await town.screenshot({ path: '/tmp/logic-e2e-multi-block.png' });

  // A village inserts it: one section, the questions in the form's order, the condition working.
  const village = await (await browser.newContext({ viewport: { width: 1500, height: 1000 } })).newPage();
  village.on('pageerror', (e) => errors.push(e.message));
  await signIn(village, base, VILLAGE_BUILDER);
  await createBlankApp(village, '村返乡两问');
  await village
    .locator('.palette-group', { hasText: '区块' })
    .getByRole('button', { name: /返乡两问/ })
    .click();
  await expect.poll(() => canvasLabels(village)).toEqual(['返乡两问']);
  const inside = village.locator('.canvas-node', { hasText: '返乡两问' }).first().locator('.node-list .node-label');
  expect(await inside.allInnerTexts()).toEqual(['近期是否返乡', '从哪里返回']);
  await waitSaved(village);
  const preview = village.getByTestId('preview');
  await expect.poll(() => preview.getByLabel('从哪里返回').count()).toBe(0);
  await preview.getByLabel('是', { exact: true }).check();
  await preview.getByLabel('从哪里返回').waitFor();
  expect(errors).toEqual([]);
});

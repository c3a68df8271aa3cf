import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { canvasLabels, DEMO_BUILDER, paletteItem, waitSaved } from './support/editor-helpers.ts';

const browser = useBrowser();

/** What dnd-kit's live regions last told a screen reader (the canvas's, and an option list's of its own). */
async function announced(page: Page): Promise<string> {
  return (await page.locator('[id^="DndLiveRegion"]').allTextContents()).join(' ');
}

it('builds a form by keyboard alone: add, drag with arrow keys (announced in Chinese), edit, undo', async () => {
  const base = inject('baseUrl');
  const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').focus();
  await page.keyboard.type(DEMO_BUILDER.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_BUILDER.password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: '我的应用' }).waitFor();
  await page.getByRole('button', { name: /新建应用/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('应用名称').focus();
  await page.keyboard.type('键盘搭建');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/edit$/);

  // Enter on a palette entry adds it after the selected node.
  await paletteItem(page, 'text').focus();
  await page.keyboard.press('Enter');
  await paletteItem(page, 'radio').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => canvasLabels(page)).toEqual(['单行文本', '单选']);

  // Space picks a palette entry up; arrow keys move slot by slot; Space drops.
  await paletteItem(page, 'phone').focus();
  await page.keyboard.press('Space');
  await expect.poll(() => announced(page)).toContain('已拿起「手机号码」');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => announced(page)).toContain('放在「第 1 页」的末尾');
  await page.keyboard.press('Space');
  // A palette entry becomes a new field: "added", not "dropped".
  await expect.poll(() => announced(page)).toContain('已添加「手机号码」');
  await expect.poll(() => canvasLabels(page)).toEqual(['单行文本', '单选', '手机号码']);

  // Reorder a node on the canvas: pick up 手机号码, move up twice, drop before 单行文本.
  await page.locator('.canvas-node', { hasText: '手机号码' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => announced(page)).toContain('已拿起「手机号码」');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => announced(page)).toContain('放在「单选」之前');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => announced(page)).toContain('放在「单行文本」之前');
  await page.keyboard.press('Space');
  await expect.poll(() => announced(page)).toContain('已放下「手机号码」');
  await expect.poll(() => canvasLabels(page)).toEqual(['手机号码', '单行文本', '单选']);

  // Escape cancels a drag without changes.
  await page.locator('.canvas-node', { hasText: '单选' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect.poll(() => announced(page)).toContain('已取消');
  await expect.poll(() => canvasLabels(page)).toEqual(['手机号码', '单行文本', '单选']);

  // Enter selects; the inspector is reachable with Tab; a condition is picked by keyboard.
  await page.locator('.canvas-node', { hasText: '单行文本' }).focus();
  await page.keyboard.press('Enter');
  const label = page.locator('.side-panel').getByLabel('标题', { exact: true });
  await label.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('姓名');
  const visible = page.locator('.side-panel fieldset.condition', { hasText: '显示条件' });
  await visible.getByRole('button', { name: '添加条件' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => visible.locator('.formula-reading').textContent()).toContain('单选');
  await expect.poll(() => canvasLabels(page)).toEqual(['手机号码', '姓名', '单选']);
  expect(await page.locator('.canvas-node', { hasText: '姓名' }).locator('.badge').textContent()).toBe('有条件');

  // Delete with the keyboard, and undo it.
  await page.locator('.canvas-node', { hasText: '手机号码' }).focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => canvasLabels(page)).toEqual(['姓名', '单选']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvasLabels(page)).toEqual(['手机号码', '姓名', '单选']);
  await waitSaved(page);
  await page.screenshot({ path: '/tmp/editor-e2e-keyboard.png' });

  // Publish by keyboard too.
  await page.getByRole('button', { name: '发布', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').getByRole('button', { name: '确认发布' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('resident-link').inputValue()).toMatch(/\/a\/[^/]+$/);
});

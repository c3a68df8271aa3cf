import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { canvasLabels, createBlankApp, paletteItem, signIn, waitSaved } from './support/editor-helpers.ts';

const browser = useBrowser();

it('undoes and redoes every kind of edit with the keyboard and the toolbar, and autosave keeps the result', async () => {
  const base = inject('baseUrl');
  const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
  await signIn(page, base);
  await createBlankApp(page, '撤销测试');
  for (const type of ['text', 'number', 'date']) await paletteItem(page, type).click();
  await expect.poll(() => canvasLabels(page)).toEqual(['单行文本', '数字', '日期']);

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvasLabels(page)).toEqual(['单行文本']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => canvasLabels(page)).toEqual(['单行文本', '数字']);
  await page.getByRole('button', { name: /撤销/ }).click();
  await page.getByRole('button', { name: /重做/ }).click();
  await page.getByRole('button', { name: /重做/ }).click();
  await expect.poll(() => canvasLabels(page)).toEqual(['单行文本', '数字', '日期']);

  // Typing in the inspector is one undo step, and undo flows back into the form.
  await page.locator('.canvas-node', { hasText: '单行文本' }).click();
  const label = page.locator('.side-panel').getByLabel('标题', { exact: true });
  await label.click();
  await label.press('End');
  await label.pressSequentially('姓名', { delay: 30 });
  await expect.poll(() => canvasLabels(page)).toEqual(['单行文本姓名', '数字', '日期']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => label.inputValue()).toBe('单行文本');
  await expect.poll(() => canvasLabels(page)).toEqual(['单行文本', '数字', '日期']);
  await label.fill('姓名');

  // Delete a node, delete a page: both come back.
  await page.locator('.canvas-node', { hasText: '数字' }).getByRole('button', { name: /删除/ }).click();
  await expect.poll(() => canvasLabels(page)).toEqual(['姓名', '日期']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvasLabels(page)).toEqual(['姓名', '数字', '日期']);
  await page.getByRole('button', { name: /添加页面/ }).click();
  await page.getByRole('tab', { name: '第 2 页' }).waitFor();
  await page.getByRole('button', { name: '删除页面' }).click();
  await expect.poll(() => page.getByRole('tab', { name: '第 2 页' }).count()).toBe(0);
  await page.keyboard.press('Control+z');
  await page.getByRole('tab', { name: '第 2 页' }).waitFor();

  // The dirty indicator turns to saved, and a reload shows what was saved.
  await waitSaved(page);
  await page.reload();
  await page.locator('.canvas-node').first().waitFor();
  await page.getByRole('tab', { name: '第 1 页' }).click();
  await expect.poll(() => canvasLabels(page)).toEqual(['姓名', '数字', '日期']);
  expect(await page.getByRole('tab', { name: '第 2 页' }).count()).toBe(1);
});

it('a concurrent edit stops autosave with a clear message instead of overwriting', async () => {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 1600, height: 950 } });
  const first = await context.newPage();
  await signIn(first, base);
  await createBlankApp(first, '并发测试');
  const url = first.url();
  const second = await context.newPage();
  await second.goto(url);
  await second.locator('.palette-item').first().waitFor();

  await paletteItem(first, 'text').click();
  await waitSaved(first);
  await paletteItem(second, 'phone').click();
  const banner = second.locator('.save-status.conflict');
  await banner.waitFor({ timeout: 15_000 });
  expect(await banner.textContent()).toContain('已被其他人修改');
  await expect.poll(() => canvasLabels(second)).toEqual(['手机号码']);

  // Overwriting is a deliberate choice, and then it saves.
  await banner.getByRole('button', { name: '用我的版本覆盖' }).click();
  await waitSaved(second);
  await first.reload();
  await first.locator('.canvas-node').first().waitFor();
  await expect.poll(() => canvasLabels(first)).toEqual(['手机号码']);
  await context.close();
});

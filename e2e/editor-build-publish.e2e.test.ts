import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { canvasLabels, createBlankApp, dragTo, paletteItem, signIn, waitSaved } from './support/editor-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('a new official builds an app from blank, tries it in the preview, publishes, and a resident gets the outcome', async () => {
  const base = inject('baseUrl');
  const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, base);
  await createBlankApp(page, '体温登记');

  // Six fields dragged in from the palette, each onto the end of the page.
  const end = page.locator('[data-end-zone="page"]');
  for (const type of ['text', 'phone', 'number', 'radio', 'textarea', 'date'])
    await dragTo(page, paletteItem(page, type), end);
  expect(await canvasLabels(page)).toEqual(['单行文本', '手机号码', '数字', '单选', '多行文本', '日期']);

  // Give the number a label and a suggested data key; the choice too.
  const inspector = page.locator('.side-panel');
  await page.locator('.canvas-node', { hasText: '数字' }).first().click();
  await inspector.getByLabel('标题', { exact: true }).fill('今日体温');
  await inspector.getByRole('button', { name: '建议：temperature' }).click();
  await page.locator('.canvas-node', { hasText: '单选' }).first().click();
  await inspector.getByLabel('标题', { exact: true }).fill('是否接触过发热病人');
  await inspector.getByRole('button', { name: '建议：contact' }).click();

  // A visibleWhen with completion, and live analysis of a mistake first.
  await page.locator('.canvas-node', { hasText: '多行文本' }).first().click();
  const visible = inspector.getByRole('combobox', { name: '显示条件（满足时才显示）' });
  await visible.fill('contct == "是"');
  await expect.poll(() => inspector.locator('.expr .error').first().textContent()).toContain('没有这个字段');
  await visible.fill('');
  await visible.pressSequentially('cont');
  await inspector.getByRole('option', { name: /contact/ }).waitFor();
  await visible.press('Enter');
  await visible.pressSequentially(' == "是"');
  expect(await visible.inputValue()).toBe('contact == "是"');
  await expect.poll(() => inspector.locator('.expr .ok').first().textContent()).toContain('公式正确');

  // Outcomes: red when feverish, green otherwise.
  await inspector.getByRole('tab', { name: '结果规则' }).click();
  await inspector.getByRole('button', { name: /添加结果/ }).click();
  await inspector.getByRole('button', { name: /添加结果/ }).click();
  const rules = inspector.locator('.outcome-row');
  await rules.nth(0).getByRole('combobox', { name: '条件（留空表示总是）' }).fill('temperature >= 37.3');
  await rules.nth(0).getByLabel('结果名称').fill('请就医');
  await rules.nth(0).getByLabel('结果代码').fill('fever');
  await rules.nth(0).getByLabel('颜色').selectOption('red');
  await rules.nth(1).getByLabel('结果名称').fill('正常');
  await rules.nth(1).getByLabel('结果代码').fill('ok');
  await rules.nth(1).getByLabel('颜色').selectOption('green');
  await waitSaved(page);
  await page.screenshot({ path: '/tmp/editor-e2e-builder.png' });

  // The preview is the runtime: the conditional field appears only after answering 是, and submit gives the outcome.
  const preview = page.getByTestId('preview');
  await expect.poll(() => preview.getByLabel('多行文本').count()).toBe(0);
  await preview.getByLabel('是', { exact: true }).check();
  await preview.getByLabel('多行文本').waitFor();
  await preview.getByLabel('今日体温').fill('38.2');
  await preview.getByRole('button', { name: '提交' }).click();
  await expect.poll(() => preview.locator('.outcome-label').textContent()).toBe('请就医');

  // Publish: checks pass, the dialog shows the link and the poster.
  await page.getByRole('button', { name: '发布', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '确认发布' }).click();
  const link = await dialog.getByTestId('resident-link').inputValue();
  expect(link).toMatch(/\/a\/[^/]+$/);
  await dialog.locator('img.poster').waitFor();
  await page.screenshot({ path: '/tmp/editor-e2e-publish.png' });

  // A resident opens the link, fills it and sees the outcome.
  const resident = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await resident.goto(link);
  await resident.getByLabel('今日体温').fill('36.5');
  await resident.getByLabel('否', { exact: true }).check();
  await resident.getByRole('button', { name: '提交' }).click();
  await expect.poll(() => resident.locator('.sp-outcome-label').textContent(), { timeout: 15_000 }).toBe('正常');
  await resident.screenshot({ path: '/tmp/editor-e2e-resident.png' });
  expect(errors).toEqual([]);
});

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
  await createBlankApp(page, '居民健康申报');

  // The health declaration, from blank: six fields dragged in from the palette, each onto the end of the page.
  const end = page.locator('[data-end-zone="page"]');
  for (const type of ['text', 'idNumber', 'phone', 'number', 'radio', 'textarea'])
    await dragTo(page, paletteItem(page, type), end);
  await expect
    .poll(() => canvasLabels(page))
    .toEqual(['单行文本', '身份证号码', '手机号码', '数字', '单选', '多行文本']);

  // Labels, with data keys suggested from them.
  const inspector = page.locator('.side-panel');
  const relabel = async (from: string, to: string, key: string) => {
    await page.locator('.canvas-node', { hasText: from }).first().click();
    await inspector.getByLabel('标题', { exact: true }).fill(to);
    await inspector.getByRole('button', { name: `建议：${key}` }).click();
  };
  await relabel('单行文本', '姓名', 'name');
  await relabel('数字', '今日体温', 'temperature');
  await relabel('单选', '是否接触过发热病人', 'contact');
  await page.locator('.canvas-node', { hasText: '多行文本' }).first().click();
  await inspector.getByLabel('标题', { exact: true }).fill('接触情况说明');

  // A visibleWhen with completion, and live analysis of a mistake first.
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

  // Outcomes: red when feverish, yellow after contact, green otherwise.
  await inspector.getByRole('tab', { name: '结果规则' }).click();
  for (let i = 0; i < 3; i++) await inspector.getByRole('button', { name: /添加结果/ }).click();
  const rules = inspector.locator('.outcome-row');
  const rule = async (i: number, when: string, label: string, code: string, color: string) => {
    await rules.nth(i).getByRole('combobox', { name: '条件（留空表示总是）' }).fill(when);
    await rules.nth(i).getByLabel('结果名称').fill(label);
    await rules.nth(i).getByLabel('结果代码').fill(code);
    await rules.nth(i).getByLabel('颜色').selectOption(color);
  };
  await rule(0, 'temperature >= 37.3', '红码', 'red', 'red');
  await rule(1, 'contact == "是"', '黄码', 'yellow', 'yellow');
  await rule(2, '', '绿码', 'green', 'green');
  await waitSaved(page);
  await page.screenshot({ path: '/tmp/editor-e2e-builder.png' });

  // The preview is the runtime: the conditional field appears only after answering 是, and submit gives the outcome.
  const preview = page.getByTestId('preview');
  await expect.poll(() => preview.getByLabel('接触情况说明').count()).toBe(0);
  await preview.getByLabel('是', { exact: true }).check();
  await preview.getByLabel('接触情况说明').waitFor();
  await preview.getByLabel('今日体温').fill('38.2');
  await preview.getByRole('button', { name: '提交' }).click();
  await expect.poll(() => preview.locator('.outcome-label').textContent()).toBe('红码');

  // An ID number is sensitive (L4): publishing needs the consent text residents agree to.
  await inspector.getByRole('tab', { name: '设置' }).click();
  await inspector.getByLabel('个人信息告知同意书').fill('我们仅为健康申报收集您的身份证号码，保存 30 天。');
  await waitSaved(page);

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
  await resident.getByLabel('我已阅读并同意').check();
  await resident.getByRole('button', { name: '提交' }).click();
  await expect.poll(() => resident.locator('.sp-outcome-label').textContent(), { timeout: 15_000 }).toBe('绿码');
  await resident.screenshot({ path: '/tmp/editor-e2e-resident.png' });
  expect(errors).toEqual([]);
});

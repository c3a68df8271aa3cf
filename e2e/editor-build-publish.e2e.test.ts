import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { canvasLabels, createBlankApp, dragTo, paletteItem, signIn, waitSaved } from './support/editor-helpers.ts';

const browser = useBrowser();

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

  // Labels; data keys follow them (pinyin) without the official seeing them.
  const inspector = page.locator('.side-panel');
  const relabel = async (from: string, to: string) => {
    await page.locator('.canvas-node', { hasText: from }).first().click();
    await inspector.getByLabel('标题', { exact: true }).fill(to);
  };
  await relabel('单行文本', '姓名');
  await relabel('数字', '今日体温');
  await relabel('单选', '是否接触过发热病人');
  await relabel('多行文本', '接触情况说明');

  // An official who prefers formulas writes one on a Chinese keyboard: mistakes are explained in
  // Chinese, questions complete by pinyin initials, and ＝ ‘’ are read as == "".
  const visible = inspector.locator('fieldset.condition', { hasText: '显示条件' });
  await visible.getByRole('button', { name: '改为输入公式' }).click();
  const formula = visible.getByRole('combobox', { name: '公式' });
  await formula.fill('contct ＝ ‘是’');
  await expect.poll(() => visible.locator('.expr .error').first().textContent()).toContain('没有名为“contct”的问题');
  expect(await visible.locator('.expr-fault mark').textContent()).toBe('contct');
  await formula.fill('');
  await formula.pressSequentially('sfjc');
  await inspector.getByRole('option', { name: /是否接触过发热病人/ }).waitFor();
  await formula.press('Enter');
  await formula.pressSequentially(' ＝ ‘是’');
  await expect.poll(() => visible.locator('.expr .ok').first().textContent()).toContain('公式正确');
  await expect.poll(() => visible.locator('.field-chip').first().textContent()).toBe('是否接触过发热病人');
  await formula.blur();
  await expect.poll(() => formula.inputValue()).toBe('shiFouJieChuGuoFaReBingRen == "是"');

  // Outcomes: 其余情况 (green) first, then red and yellow above it; red's condition as a formula.
  await inspector.getByRole('tab', { name: '结果规则' }).click();
  for (let i = 0; i < 3; i++) await inspector.getByRole('button', { name: /添加结果/ }).click();
  const rules = inspector.locator('.outcome-row');
  await rules.nth(0).getByRole('button', { name: '改为输入公式' }).click();
  await rules.nth(0).getByRole('combobox', { name: '公式' }).fill('temperature ＞＝ 37.3');
  expect(await rules.locator('h3').allTextContents()).toEqual(['第 1 条', '第 2 条', '其余情况']);
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

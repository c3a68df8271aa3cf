import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { pickFirstRegion, tabTo } from './support/runtime-keyboard.ts';
import { focused, openApp, validIdNumber } from './support/runtime-resident.ts';

const browser = useBrowser();
const base = () => inject('baseUrl');

describe('keyboard only', () => {
  it('fills and submits the health code with Tab, typing, arrows, Space and Enter', async () => {
    const { context, page } = await openApp(browser, base(), 'health-code');
    await tabTo(page, 'f-name');
    await page.keyboard.type('周六');
    await page.keyboard.press('Tab');
    await page.keyboard.type(validIdNumber('110101', '19900101', '456'));
    await page.keyboard.press('Tab');
    await page.keyboard.type('13600136000');
    await tabTo(page, 'f-region', 2);
    await pickFirstRegion(page, 'f-region', 5);
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('H2');

    await tabTo(page, 'f-temperature');
    await page.keyboard.type('36.6');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('以上都没有');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-travel');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'f-contact');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'sp-consent-agree'); // 我已阅读并同意, by keyboard
    await page.keyboard.press('Space');
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');
    await page.locator('.sp-receipt').waitFor();
    expect(await page.locator('.sp-outcome').getAttribute('data-outcome')).toBe('green');
    expect((await focused(page)).tag).toBe('H1');
    await context.close();
  });

  it('moves focus from the error summary to the field at fault', async () => {
    const { context, page } = await openApp(browser, base(), 'health-code');
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');
    await page.locator('.sp-summary').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('f-idNumber');
    await context.close();
  });
});

describe('language and large text', () => {
  it('switches to English, words messages in English, and remembers the choice', async () => {
    const { context, page } = await openApp(browser, base(), 'health-code');
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.locator('label[for="f-name"]').textContent()).toContain('Full name');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.locator('.sp-summary h2').textContent()).toBe('There are 4 problems to fix');
    expect(await page.locator('#f-name-error').textContent()).toBe('This field is required');
    await page.reload();
    await page.locator('form').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('Resident health declaration');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#f-name-error').waitFor();
    await page.getByRole('button', { name: /中文/ }).click();
    await expect.poll(() => page.locator('label[for="f-name"]').textContent()).toContain('姓名');
    // Messages on screen are re-worded in the new language.
    await expect.poll(() => page.locator('#f-name-error').textContent()).toBe('此项为必填项');
    await context.close();
  });

  it('turns on large-text, high-contrast mode and keeps it after a reload', async () => {
    const { context, page } = await openApp(browser, base(), 'elderly-subsidy');
    const toggle = page.getByRole('button', { name: '大字模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const size = () => page.locator('#f-name').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(await size()).toBeGreaterThanOrEqual(22);
    await page.reload();
    await page.locator('form').waitFor();
    expect(await size()).toBeGreaterThanOrEqual(22);
    expect(await page.getByRole('button', { name: '大字模式' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});

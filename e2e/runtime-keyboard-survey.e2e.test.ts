import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pickFirstRegion, tabTo, tabToButton } from './support/runtime-keyboard.ts';
import { focused, openApp, signIn, submissionCount } from './support/runtime-resident.ts';

let browser: Browser;
const base = () => inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard only, in large-text mode', () => {
  it('a village officer fills the 回头看 survey with household rows, choices and a rating without a mouse', async () => {
    const before = await submissionCount(base(), 'huitoukan-survey');
    const { context, page } = await openApp(browser, base(), 'huitoukan-survey');
    await signIn(context, base());
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toContain('大字模式');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sp-app.sp-large').count()).toBe(1);

    await tabTo(page, 'f-headName');
    await page.keyboard.type('钱老汉');
    await tabTo(page, 'f-village');
    await pickFirstRegion(page, 'f-village', 5);
    await tabTo(page, 'f-members-0-name');
    await page.keyboard.type('钱老汉');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'f-members-0-age', 3);
    await page.keyboard.type('52');
    await tabTo(page, 'f-members-0-working', 4);
    await page.keyboard.press('ArrowDown');
    await tabToButton(page, '添加成员');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('f-members-row-1');
    await tabTo(page, 'f-members-1-name', 5);
    await page.keyboard.type('钱小宝');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#f-members-1-relation').inputValue()).toBe('子女');
    await tabTo(page, 'f-members-1-age', 3);
    await page.keyboard.type('8');
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');

    await tabTo(page, 'f-incomeSources');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-farmIncome');
    await page.keyboard.type('60000');
    await tabTo(page, 'f-medicalInsurance');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-housingSafe');
    await page.keyboard.press('Space');
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');

    // Not at risk, so the risk page is skipped and the feedback page comes next.
    await tabTo(page, 'f-satisfaction');
    await page.keyboard.press('Space');
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');
    await page.locator('.sp-receipt').waitFor();
    expect(await page.locator('.sp-outcome').getAttribute('data-outcome')).toBe('stable');
    expect(await submissionCount(base(), 'huitoukan-survey')).toBe(before + 1);
    await context.close();
  });
});

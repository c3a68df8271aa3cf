import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pickFirstRegion, tabTo } from './support/runtime-keyboard.ts';
import { focused, openApp, signIn, submissionCount } from './support/runtime-resident.ts';

let browser: Browser;
const base = () => inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard only, in English and large-text mode', () => {
  it('a village reporter switches language and text size, fills the daily report and submits it without a mouse', async () => {
    const before = await submissionCount(base(), 'village-daily-report');
    const { context, page } = await openApp(browser, base(), 'village-daily-report');
    await signIn(context, base());
    // The toggles come first in the page: Tab to each and press Enter.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toContain('大字模式');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('label[for="f-reporter"]').textContent()).toContain('Reported by');
    const size = await page.locator('#f-reporter').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(22);

    await tabTo(page, 'f-reportDate');
    // Headless Chromium lays the date out as mm/dd/yyyy whatever the locale.
    await page.keyboard.type('11282026');
    await expect.poll(() => page.locator('#f-reportDate').inputValue()).toBe('2026-11-28');
    await tabTo(page, 'f-village');
    await pickFirstRegion(page, 'f-village', 5);
    await tabTo(page, 'f-reporter');
    await page.keyboard.type('Sun Wangge');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13700137000');
    for (const [id, n] of [
      ['f-householdsVisited', '40'],
      ['f-peopleChecked', '100'],
      ['f-feverCases', '200'],
      ['f-returnees', '5'],
      ['f-homeObservation', '2'],
    ] as const) {
      await tabTo(page, id, 4);
      await page.keyboard.type(n);
    }
    await tabTo(page, 'f-hasIssues');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#f-issueDetail').count()).toBe(0);

    // A rule across fields is explained in English, and the summary leads back to the field.
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#f-feverCases-error').textContent())
      .toBe('Fever cases cannot exceed people checked');
    await page.locator('#f-feverCases').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('3');
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');
    await page.locator('.sp-receipt').waitFor();
    expect(await submissionCount(base(), 'village-daily-report')).toBe(before + 1);
    await context.close();
  });
});

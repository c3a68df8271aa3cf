import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { pickFirstRegion, tabTo, tabToButton } from './support/runtime-keyboard.ts';
import { focused, openApp, signIn, submissionCount, TINY_PNG, validIdNumber } from './support/runtime-resident.ts';

// Every example app filled and submitted by keyboard alone (the health code is in
// runtime-keyboard-and-modes), across both languages and both text modes.
const browser = useBrowser();
const base = () => inject('baseUrl');

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

describe('keyboard only', () => {
  it('a family member applies for the elderly subsidy without a mouse: address, choices, upload and typed signature', async () => {
    const before = await submissionCount(base(), 'elderly-subsidy');
    const { context, page } = await openApp(browser, base(), 'elderly-subsidy');
    await tabTo(page, 'f-name');
    await page.keyboard.type('钱奶奶');
    await page.keyboard.press('Tab');
    await page.keyboard.type(validIdNumber('330110', '19400315', '042'));
    await tabTo(page, 'f-phone', 3);
    await page.keyboard.type('13900139001');
    await tabTo(page, 'f-address');
    await pickFirstRegion(page, 'f-address', 5);
    await tabTo(page, 'f-address-detail', 3);
    await page.keyboard.type('幸福路 8 号');
    await tabTo(page, 'f-householdType');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'f-livingAlone');
    await page.keyboard.press('Space');
    await tabTo(page, 'f-filledBy');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'f-agentName');
    await page.keyboard.type('钱小明');
    await tabTo(page, 'f-agentRelation', 3);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');

    await tabTo(page, 'f-bank');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'f-bankAccount', 3);
    await page.keyboard.type('6228480402564890018');
    // The upload and signature widgets are lazy chunks: wait until they are on the page.
    await page.locator('#f-documents').waitFor({ state: 'attached' });
    await tabTo(page, 'f-documents');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: '户口本.png', mimeType: 'image/png', buffer: TINY_PNG });
    await page.locator('.sp-files li').waitFor();
    await tabTo(page, 'f-signature');
    await page.keyboard.type('钱小明');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.sp-signature [role="status"], [role="status"]').allTextContents())
      .toContain('已签名');
    await tabTo(page, 'sp-consent-agree'); // 我已阅读并同意, by keyboard
    await page.keyboard.press('Space');
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');
    await page.locator('.sp-receipt').waitFor();
    expect(await submissionCount(base(), 'elderly-subsidy')).toBe(before + 1);
    await context.close();
  });
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
    // The survey is reviewed: its outcome (stable) is shown once an official approves it.
    expect(await page.getByTestId('awaiting-review').textContent()).toContain('待审核');
    expect(await submissionCount(base(), 'huitoukan-survey')).toBe(before + 1);
    await context.close();
  });
});

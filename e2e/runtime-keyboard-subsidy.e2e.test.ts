import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { pickFirstRegion, tabTo } from './support/runtime-keyboard.ts';
import { openApp, submissionCount, validIdNumber } from './support/runtime-resident.ts';

let browser: Browser;
const base = () => inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

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
    await tabTo(page, 'f-documents');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: '户口本.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('.sp-files li').waitFor();
    await tabTo(page, 'f-signature');
    await page.keyboard.type('钱小明');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.sp-signature [role="status"], [role="status"]').allTextContents())
      .toContain('已签名');
    await tabTo(page, 'sp-submit');
    await page.keyboard.press('Enter');
    await page.locator('.sp-receipt').waitFor();
    expect(await submissionCount(base(), 'elderly-subsidy')).toBe(before + 1);
    await context.close();
  });
});

const EXAMPLE_SLUGS = ['health-code', 'village-daily-report', 'elderly-subsidy', 'huitoukan-survey'];
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { axeViolations, openApp } from './support/runtime-resident.ts';

const browser = useBrowser();

describe('axe-core over every example app', () => {
  for (const slug of EXAMPLE_SLUGS) {
    for (const mode of ['normal', 'large-text'] as const) {
      it(`${slug} in ${mode} mode has zero violations, before and after a failed submit`, async () => {
        const { context, page } = await openApp(browser, inject('baseUrl'), slug);
        if (mode === 'large-text') {
          await page.getByRole('button', { name: '大字模式' }).click();
          await page.locator('.sp-app.sp-large').waitFor();
        }
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('button[type="submit"]').click();
        await page.locator('.sp-summary').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
});

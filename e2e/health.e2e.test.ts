import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('serves the health route and a Chinese home page to a real browser', async () => {
  const base = inject('baseUrl');
  const health = await fetch(`${base}/api/v1/health`);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  const page = await browser.newPage();
  await page.goto(base);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(await page.title()).toContain('萌芽');
});

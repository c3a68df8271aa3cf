import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';

const browser = useBrowser();

it('serves the health route and a Chinese home page to a real browser', async () => {
  const base = inject('baseUrl');
  const health = await fetch(`${base}/api/v1/health`);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  const page = await browser.newPage();
  await page.goto(base);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(await page.title()).toContain('萌芽');
});

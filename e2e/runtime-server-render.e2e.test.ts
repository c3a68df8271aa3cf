import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';

const browser = useBrowser();
const base = () => inject('baseUrl');

/**
 * Opens the page with its scripts (those matching `held`) held back until `release()`: a weak
 * network, made exact.
 */
async function openWithScriptsHeld(page: Page, held = '**/r/assets/*.js') {
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  await page.route(held, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${base()}/a/health-code`, { waitUntil: 'commit' });
  return release;
}

it('shows the server-rendered form before any script runs and keeps what the resident typed into it', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const release = await openWithScriptsHeld(page);

  // No script has run: the form, its labels and the provinces come from the HTML itself.
  await expect(page.title()).resolves.toBe('居民健康申报 · 萌芽');
  await page.getByLabel('姓名').fill('张三丰');
  await page.locator('#f-region').selectOption({ label: '浙江省' });
  // Sending now would put the answers into the address bar: the button waits for the scripts.
  expect(await page.locator('#sp-submit').isDisabled()).toBe(true);
  expect(await page.locator('#root').getAttribute('data-ready')).toBeNull();

  release();
  await page.locator('#root[data-ready]').waitFor({ state: 'attached' });
  // Hydrated, not replaced: the typed name is still there, and the province choice reached the
  // form (the city level opened, which only the page's own change handler does).
  expect(await page.getByLabel('姓名').inputValue()).toBe('张三丰');
  await page.locator('#f-region-1:not([disabled]) option', { hasText: '杭州市' }).waitFor({ state: 'attached' });
  expect(await page.locator('#sp-submit').isDisabled()).toBe(false);
  expect(errors).toEqual([]);
  await context.close();
});

it('renders afresh on a device whose choices the server was not told yet (large text, English)', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base()}/r/sw.js`);
  await page.evaluate(() => localStorage.setItem('sprout:prefs', JSON.stringify({ locale: 'en', largeText: true })));
  // The page's entry has run, its code is still on the way: the server's form, which this
  // device will replace, is held still so that nothing typed into it is lost.
  const release = await openWithScriptsHeld(page, '**/r/assets/resident-main-*.js');
  await page.locator('#root[data-takeover="render"][aria-busy="true"]').waitFor({ state: 'attached' });
  expect(await page.getByLabel('姓名').isDisabled()).toBe(true);
  release();
  await page.locator('#root[data-ready]').waitFor({ state: 'attached' });
  await page.locator('.sp-shell.sp-large').waitFor();
  await page.getByLabel('Full name').fill('Zhang San');
  expect(await page.locator('#root').getAttribute('aria-busy')).toBeNull();
  expect(errors).toEqual([]);
  await context.close();
});

/** Opens the app, then picks large text and English on its toolbar, as a resident does. */
async function chooseLargeEnglish(page: Page) {
  await page.goto(`${base()}/a/health-code`);
  await page.locator('#root[data-ready]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: '大字模式' }).click();
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByLabel('Full name').waitFor();
}

it('renders the server’s form in the language and text size the device chose, and keeps what is typed into it', async () => {
  // No kept copy of the page (a browser without the offline worker, or the first visit after a
  // new build): the page comes from the server, rendered as the device's cookie says.
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await chooseLargeEnglish(page);

  // The next visit, on a weak network: no script has run, yet the form is the device's own.
  const release = await openWithScriptsHeld(page);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  expect(await page.locator('html').getAttribute('class')).toContain('sp-large-page');
  await page.getByLabel('Full name').fill('Zhang San');
  release();
  await page.locator('#root[data-ready]').waitFor({ state: 'attached' });
  // Taken over, not replaced: the typed name stayed, in the large-text English page.
  expect(await page.locator('#root').getAttribute('data-takeover')).toBe('hydrate');
  expect(await page.getByLabel('Full name').inputValue()).toBe('Zhang San');
  await page.locator('.sp-shell.sp-large').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

it('keeps the device’s own page in the offline worker once the choice is made', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base()}/a/health-code`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await chooseLargeEnglish(page);
  // The worker answers from its copy (rendered before the choice) and keeps the server's
  // answer for the next visit; from then on the page it opens is the device's own.
  await page.reload();
  await expect
    .poll(() =>
      page.evaluate(async () => (await (await caches.match(`${location.origin}/a/health-code`))?.text()) ?? ''),
    )
    .toContain('data-server-rendered="en.large"');
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await page.locator('#root[data-ready]').waitFor({ state: 'attached' });
  expect(await page.locator('#root').getAttribute('data-takeover')).toBe('hydrate');
  await page.getByLabel('Full name').fill('Zhang San');
  await context.close();
});

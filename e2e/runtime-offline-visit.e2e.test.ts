import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { publishAgain, publishNewApp } from './support/publishing.ts';
import { type ApiSession, apiLogin } from './support/review-helpers.ts';
import { pickRegion, submissionCount, validIdNumber } from './support/runtime-resident.ts';
import { type RunningServer, startServer } from './support/server.ts';

// Chromium's offline emulation does not cover every request a service worker lets through,
// so "no network" here is the real thing too: this file's own server is stopped, and the
// browser is set offline as well. The server comes back on the same port and data.
let server: RunningServer;
let browser: Browser;
const phone = () => browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await server.stop();
}

async function comeBackOnline(context: BrowserContext): Promise<void> {
  const port = new URL(server.url).port;
  server = await startServer({ dataDir: server.dataDir, env: { PORT: port } });
  await context.setOffline(false);
}

/** The first visit, online: the page registers its worker, which keeps the page and its files. */
async function firstVisit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return page;
}

/** Reloads with no network: the page must come from the worker. */
async function reloadOffline(page: Page): Promise<void> {
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
}

describe('a resident’s second visit with no network', () => {
  it('opens the app, fills it, queues the submission and sends it once back online', async () => {
    const before = await submissionCount(server.url, 'health-code');
    const context = await phone();
    const page = await firstVisit(context, `${server.url}/a/health-code`);
    await page.locator('form').waitFor();
    // The first visit went as far as the region picker, so its levels were asked once online.
    await pickRegion(page, 'f-region', '330110109202');

    await goOffline(context);
    await reloadOffline(page);
    await page.locator('#f-name').fill('离线乙');
    await page.locator('#f-idNumber').fill(validIdNumber('330110', '19800808', '456'));
    await page.locator('#f-phone').fill('13900002222');
    await pickRegion(page, 'f-region', '330110109202');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('#f-temperature').fill('36.5');
    await page.getByRole('checkbox', { name: '以上都没有' }).check();
    await page.locator('input[name="travel"][value="否"]').check();
    await page.locator('input[name="contact"][value="否"]').check();
    await page.locator('#sp-consent-agree').check();
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByTestId('queued').waitFor();

    await comeBackOnline(context);
    await page.locator('.sp-receipt').waitFor({ timeout: 30_000 });
    expect(await submissionCount(server.url, 'health-code')).toBe(before + 1);
    await context.close();
  });

  it('opens /verify with the keys it saved last time', async () => {
    const context = await phone();
    const page = await firstVisit(context, `${server.url}/verify`);
    await page.getByText('密钥和吊销名单更新于').waitFor();
    const saved = await page.evaluate(() => localStorage.getItem('sprout:verify-bundle'));
    expect(saved).toContain('"issuers"');

    await goOffline(context);
    try {
      await reloadOffline(page);
      await page.getByRole('button', { name: '核验', exact: true }).waitFor();
      // The keys it checks with are the ones kept from the last visit (the browser may still
      // answer the bundle from its HTTP cache for a minute, so the page need not say "offline").
      await page.getByText('密钥和吊销名单更新于').waitFor();
      expect(await page.evaluate(() => localStorage.getItem('sprout:verify-bundle'))).toContain('"issuers"');
    } finally {
      await comeBackOnline(context);
    }
    await context.close();
  });

  it('leaves the officials’ pages to the network', async () => {
    const context = await phone();
    await firstVisit(context, `${server.url}/a/health-code`);
    await context.setOffline(true);
    const page = await context.newPage();
    await expect(page.goto(`${server.url}/apps`)).rejects.toThrow();
    await context.close();
  });

  it('with the network too, opens from the worker’s copy at once, and stays when nothing changed', async () => {
    const context = await phone();
    await firstVisit(context, `${server.url}/a/health-code`);
    const next = await context.newPage();
    const loads = countLoads(next);
    const opened = await next.goto(`${server.url}/a/health-code`);
    expect(opened?.fromServiceWorker()).toBe(true);
    await next.locator('#root[data-ready]').waitFor();
    await next.waitForTimeout(1000);
    expect(loads()).toBe(1);
    await context.close();
  });
});

const field = (name: string, label: string) => ({
  id: `n-${name}`,
  type: 'text',
  name,
  required: true,
  props: { label },
});
const definition = (nodes: object[]) => ({
  schemaVersion: 2,
  meta: { title: '离线登记' },
  pages: [{ id: 'p1', nodes }],
  settings: {
    submitters: 'anyone',
    anonymous: false,
    oncePer: 'none',
    review: { required: false },
    resultCode: { issue: false },
    retentionDays: 30,
  },
});

/** How many documents the page has loaded so far. */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

describe('a newly published version', () => {
  const base = () => inject('baseUrl');
  let builder: ApiSession;
  beforeAll(async () => {
    builder = await apiLogin(base(), 'county-builder');
  });

  it('reaches the phone on the next visit, never under a form being filled', async () => {
    const app = await publishNewApp(builder, '离线登记', definition([field('name', '姓名')]));
    const context = await phone();
    const page = await firstVisit(context, `${base()}/a/${app.slug}`);
    await page.locator('#f-name').fill('填写中');

    await publishAgain(builder, app, definition([field('name', '姓名'), field('village', '所在村')]));
    // The open form is left as it was: no reload, no new field, the answer still there.
    await page.waitForTimeout(500);
    expect(await page.locator('#f-village').count()).toBe(0);
    expect(await page.locator('#f-name').inputValue()).toBe('填写中');

    // The next visit opens at once from the worker's copy, which is the old version; the worker
    // learns from the server's answer that it was out of date, and the untouched page reloads
    // into the new version. It keeps that for the visit after, offline.
    const next = await context.newPage();
    const loads = countLoads(next);
    const opened = await next.goto(`${base()}/a/${app.slug}`);
    expect(opened?.fromServiceWorker()).toBe(true);
    await next.locator('#f-village').waitFor();
    expect(loads()).toBe(2);
    await context.setOffline(true);
    await reloadOffline(next);
    await next.locator('#f-village').waitFor();
    await context.close();
  });
});

import type { Route } from 'playwright-core';
import { beforeAll, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { apiAs, signInAt, ZH } from './support/console-helpers.ts';

const browser = useBrowser({ lang: 'zh-CN' });
let appId = 0;

beforeAll(async () => {
  const admin = await apiAs(inject('baseUrl'), 'county-admin');
  const apps = await admin.get<{ items: Array<{ id: number; slug: string }> }>('/apps');
  appId = apps.items.find((a) => a.slug === 'elderly-subsidy')?.id ?? 0;
});

// The server's side (row counts, progress records, the stop at a cancel) is tested over HTTP in
// server/test/exports.test.ts; here the export is held open so the bar and the cancel can be seen.
it('a long Excel export shows the server’s percentage and can be cancelled', async () => {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...ZH });
  const page = await context.newPage();
  await signInAt(page, base, 'county-admin', undefined, `/apps/${appId}/submissions`);
  await page.getByRole('button', { name: '导出 Excel' }).waitFor();

  let held: Route | undefined;
  await page.route('**/api/v1/apps/*/export.xlsx*', (route) => {
    held = route;
  });
  const progressIds: string[] = [];
  await page.route('**/api/v1/exports/*', async (route) => {
    const id = route.request().url().split('/').pop() ?? '';
    if (route.request().method() === 'DELETE') {
      progressIds.push(`cancel ${id}`);
      return route.continue();
    }
    progressIds.push(id);
    await route.fulfill({ json: { total: 200, done: 84, percent: 42, state: 'running' } });
  });

  await page.getByRole('button', { name: '导出 Excel' }).click();
  const bar = page.getByRole('progressbar', { name: 'Excel 导出进度' });
  await bar.waitFor();
  await expect.poll(() => page.locator('.export-progress').textContent()).toContain('42%');
  expect(await bar.getAttribute('value')).toBe('42');
  expect(held?.request().url()).toMatch(/export\.xlsx\?progress=[0-9a-f-]{36}$/);
  // The export buttons wait while one runs.
  expect(await page.getByRole('button', { name: '导出含附件' }).isDisabled()).toBe(true);

  await page.getByRole('button', { name: '取消导出' }).click();
  await page.getByText('已取消导出 Excel').waitFor();
  const id = progressIds[0];
  await expect.poll(() => progressIds).toContain(`cancel ${id}`);
  expect(await bar.count()).toBe(0);
  expect(await page.getByRole('button', { name: '导出 Excel' }).isEnabled()).toBe(true);
  await context.close();
});

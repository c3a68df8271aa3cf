import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { apiAs, guideShot, signInAt, ZH } from './support/console-helpers.ts';

const browser = useBrowser({ lang: 'zh-CN' });

it('an admin unmasks one submission with a reason, then finds that trace in 审计日志 and grants a viewer sensitive:read', async () => {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...ZH });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The seeded health declaration (other tests build apps with similar titles).
  const apps = await (await apiAs(base, 'county-admin')).get<{ items: Array<{ id: number; slug: string }> }>('/apps');
  const health = apps.items.find((a) => a.slug === 'health-code')!;
  await signInAt(page, base, 'county-admin', undefined, `/apps/${health.id}/submissions`);
  await page.locator('.sub-table tbody tr').first().getByRole('button').click();
  const drawer = page.getByRole('dialog', { name: '填报详情' });
  await drawer.getByRole('button', { name: '查看敏感信息' }).click();
  await drawer.getByLabel('查看原因').fill('居民来电核对身份证号');
  await drawer.getByRole('button', { name: '确认查看' }).click();
  await drawer.getByText('已查看敏感信息').waitFor();
  await expect(drawer.textContent()).resolves.toMatch(/\d{17}[\dX]/);
  await guideShot(page, 'submission-unmasked-desktop');
  await drawer.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('link', { name: '审计日志' }).click();
  await page.getByRole('heading', { name: '审计日志' }).waitFor();
  await page.getByLabel('操作').selectOption('submission.unmask');
  await page.getByRole('button', { name: '查询' }).click();
  const row = page.locator('.audit-table tbody tr').first();
  await expect.poll(() => row.getAttribute('data-action')).toBe('submission.unmask');
  await expect(row.textContent()).resolves.toContain('居民来电核对身份证号');
  await expect(row.textContent()).resolves.not.toMatch(/\d{17}[\dX]/);
  await guideShot(page, 'audit-log-desktop');
  const exportHref = await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href');
  expect(exportHref).toBe('/api/v1/audit/export.csv?action=submission.unmask');

  await page.goto(`${base}/orgs`);
  const target = page.getByRole('checkbox', { name: '允许 余杭区查看员 查看敏感信息' });
  await target.click(); // saved at once; the box follows the server
  await expect.poll(() => target.isChecked()).toBe(true);
  await target.click();
  await expect.poll(() => target.isChecked()).toBe(false);
  expect(errors).toEqual([]);
  await context.close();
});

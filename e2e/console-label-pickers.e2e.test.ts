import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { waitSaved } from './support/editor-helpers.ts';
import { apiLogin } from './support/review-helpers.ts';
import { signIn } from './support/runtime-resident.ts';

const browser = useBrowser();

/** A two-question app that needs review, drafted for 径山村 (not published yet). */
async function draftReviewedApp(base: string): Promise<{ id: number; slug: string }> {
  const admin = await apiLogin(base, 'county-admin');
  const orgs = (await (await admin.fetch('/orgs')).json()) as { items: Array<{ id: number; code: string }> };
  const orgId = orgs.items.find((o) => o.code === '330110109222')!.id;
  const definition = {
    schemaVersion: 2,
    meta: { title: '困难补助申请' },
    pages: [
      {
        id: 'p1',
        title: '申请',
        nodes: [
          { id: 'f-name', type: 'text', name: 'name', required: true, props: { label: '申请人姓名' } },
          { id: 'f-reason', type: 'textarea', name: 'reason', required: true, props: { label: '申请事由' } },
        ],
      },
    ],
    computed: [],
    outcomes: [],
    settings: {
      submitters: 'anyone',
      anonymous: false,
      oncePer: 'none',
      review: { required: true, timeLimitDays: 3 },
      resultCode: { issue: false },
      retentionDays: 365,
    },
  };
  const created = await admin.fetch('/apps', { method: 'POST', json: { title: '困难补助申请', orgId, definition } });
  expect(created.status).toBe(201);
  return (await created.json()) as { id: number; slug: string };
}

it('review display fields and export columns are picked by question label, never by key', async () => {
  const base = inject('baseUrl');
  const app = await draftReviewedApp(base);
  const desk = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  await signIn(desk, base, 'jingshancun-builder');
  const page = await desk.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // The builder picks what reviewers see first by the questions' labels.
  await page.goto(`${base}/apps/${app.id}/edit`);
  await page.getByRole('tab', { name: '设置' }).click();
  const picker = page.getByRole('group', { name: '审核列表里先显示的回答' });
  const choices = (await picker.locator('label').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  expect(choices).toEqual(['申请人姓名 name', '申请事由 reason']);
  await picker.getByLabel('申请事由').check();
  await waitSaved(page);
  await page.screenshot({ path: '/tmp/logic-e2e-review-fields.png' });
  const admin = await apiLogin(base, 'county-admin');
  expect((await admin.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);

  const sent = await fetch(`${base}/api/v1/public/apps/${app.slug}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `label-pickers-${app.id}` },
    body: JSON.stringify({ version: 1, consentVersion: 1, values: { name: '王小明', reason: '因病住院' } }),
  });
  expect(sent.status).toBe(201);
  const { receiptCode } = (await sent.json()) as { receiptCode: string };

  // The reviewer reads the chosen answer at a glance, and every answer under its label.
  await page.goto(`${base}/review`);
  const item = page.locator(`li[data-receipt="${receiptCode}"]`);
  await item.waitFor({ timeout: 30_000 });
  expect(await item.locator('.review-glance dt').allInnerTexts()).toEqual(['申请事由']);
  expect(await item.locator('.review-glance dd').allInnerTexts()).toEqual(['因病住院']);
  await item.getByText('填报内容').click();
  expect(await item.locator('details .review-values dt').allInnerTexts()).toEqual(['申请人姓名', '申请事由']);
  await page.screenshot({ path: '/tmp/logic-e2e-review-queue.png' });

  // The export's columns are chosen by label too; the request names the keys for the server.
  await page.goto(`${base}/apps/${app.id}/submissions`);
  const exportColumns = page.locator('.export-columns');
  expect(await exportColumns.locator('summary').textContent()).toBe('导出列：全部问题');
  await exportColumns.locator('summary').click();
  await exportColumns.getByLabel('申请人姓名').uncheck();
  await expect.poll(() => exportColumns.locator('summary').textContent()).toBe('导出列：1/2 个问题');
  await page.screenshot({ path: '/tmp/logic-e2e-export-columns.png' });
  const asked = page.waitForResponse((r) => r.url().includes('/export.csv'));
  await page.getByRole('button', { name: 'CSV', exact: true }).click();
  const response = await asked;
  expect(new URL(response.url()).searchParams.get('columns')).toBe('reason');
  expect(response.status()).toBe(200);
  // The page consumed the download; the same URL fetched again shows what the file holds.
  const again = await page.request.get(response.url());
  const header = (await again.text()).split('\r\n')[0]!.replace(/^\uFEFF/, '');
  expect(header).toBe('回执码,提交时间,状态,版本,申请事由,结果');
  expect(errors).toEqual([]);
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { type ApiSession, apiLogin } from './support/review-helpers.ts';
import { axeViolations, openApp } from './support/runtime-resident.ts';

const browser = useBrowser();
let builder: ApiSession;
const base = () => inject('baseUrl');
beforeAll(async () => {
  builder = await apiLogin(base(), 'county-builder');
});

const text = (name: string, label: string, required = true) => ({
  id: `n-${name}`,
  type: 'text',
  name,
  required,
  props: { label },
});

/** A small pass app with a signed code and a message for the resident; `nodes` change between versions. */
function passApp(nodes: object[], review = false) {
  return {
    schemaVersion: 2,
    meta: { title: '出入登记' },
    pages: [{ id: 'p1', nodes }],
    outcomes: [
      {
        result: {
          code: 'green',
          label: { 'zh-CN': '可以通行', en: 'You may pass' },
          color: 'green',
          message: { 'zh-CN': '请在卡口出示此码，有效期内可多次通行。', en: 'Show this code at the checkpoint.' },
        },
      },
    ],
    settings: {
      submitters: 'anyone',
      anonymous: false,
      oncePer: 'none',
      review: { required: review },
      resultCode: { issue: true, validHours: 24 },
      retentionDays: 30,
    },
  };
}

const V1 = [text('name', '姓名'), text('note', '备注', false)];
const V2 = [text('name', '姓名'), text('phone', '联系电话')];

async function createApp(nodes: object[], review = false): Promise<{ id: number; slug: string }> {
  const definition = passApp(nodes, review);
  const res = await builder.fetch('/apps', { method: 'POST', json: { title: '出入登记', definition } });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  const app = (await res.json()) as { id: number; slug: string };
  const published = await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
  return app;
}

async function republish(app: { id: number }, nodes: object[]): Promise<void> {
  const { revision } = (await (await builder.fetch(`/apps/${app.id}`)).json()) as { revision: number };
  const saved = await builder.fetch(`/apps/${app.id}/draft`, {
    method: 'PUT',
    json: { definition: passApp(nodes), revision },
  });
  if (saved.status !== 200) throw new Error(`save: ${saved.status}`);
  const published = await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
  if (published.status !== 201) throw new Error(`publish: ${published.status}`);
}

async function submitted(page: Page): Promise<void> {
  await page.getByRole('button', { name: '提交' }).click();
}

describe('the result page', () => {
  it('shows the outcome’s message for the resident and when the code expires', async () => {
    const app = await createApp(V1);
    const { context, page } = await openApp(browser, base(), app.slug);
    await page.locator('#f-name').fill('周六');
    await submitted(page);
    await page.locator('.sp-receipt').waitFor({ timeout: 20_000 });
    expect(await page.locator('.sp-outcome-label').textContent()).toBe('可以通行');
    expect(await page.getByTestId('outcome-message').textContent()).toBe('请在卡口出示此码，有效期内可多次通行。');
    expect(await page.getByTestId('code-expiry').textContent()).toMatch(/^结果码有效期至 .+（北京时间）$/);
    // The result region is described by the message, so a screen reader says what it means.
    const region = page.getByRole('region', { name: '可以通行' });
    expect(await region.getAttribute('aria-describedby')).toBe('sp-outcome-message');
    await page.locator('img.sp-qr').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the receipt of an app that needs review', () => {
  it('says 待审核 with no colour and no QR code until approved, then shows the code', async () => {
    const app = await createApp(V1, true);
    const { context, page } = await openApp(browser, base(), app.slug);
    await page.locator('#f-name').fill('孙十');
    await submitted(page);
    await page.getByTestId('awaiting-review').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-outcome]').count()).toBe(0);
    expect(await page.locator('img.sp-qr').count()).toBe(0);
    const receiptCode = await page.locator('[data-receipt-code]').getAttribute('data-receipt-code');

    const reviewer = await apiLogin(base(), 'county-reviewer');
    const list = (await (await builder.fetch(`/apps/${app.id}/submissions?q=${receiptCode}`)).json()) as {
      items: Array<{ id: number }>;
    };
    const approved = await reviewer.fetch(`/apps/${app.id}/submissions/${list.items[0]!.id}/review`, {
      method: 'POST',
      json: { action: 'approve' },
    });
    expect(approved.status).toBe(200);
    await page.goto(`${base()}/a/${app.slug}?receipt=${receiptCode}`);
    await page.locator('img.sp-qr').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('green');
    expect(await page.getByTestId('code-expiry').count()).toBe(1);
    expect(await page.getByTestId('awaiting-review').count()).toBe(0);
    await context.close();
  });
});

describe('a page holding an older version', () => {
  it('on submit reloads the new one, keeps the answers that still fit and says what changed', async () => {
    const app = await createApp(V1);
    const { context, page } = await openApp(browser, base(), app.slug);
    await page.locator('#f-name').fill('吴七');
    await page.locator('#f-note').fill('带小孩');
    await republish(app, V2);
    await submitted(page);

    const notice = page.getByTestId('version-changed');
    await notice.waitFor({ timeout: 20_000 });
    const said = await notice.textContent();
    expect(said).toContain('新增：联系电话');
    expect(said).toContain('已删除：备注');
    expect(await page.locator('#f-name').inputValue()).toBe('吴七');
    expect(await page.locator('#f-note').count()).toBe(0);
    await page.locator('#f-phone').fill('13900139000');
    await submitted(page);
    await page.locator('.sp-receipt').waitFor({ timeout: 20_000 });
    const list = (await (await builder.fetch(`/apps/${app.id}/submissions`)).json()) as {
      items: Array<{ version: number; values: Record<string, unknown> }>;
    };
    expect(list.items).toEqual([
      expect.objectContaining({ version: 2, values: { name: '吴七', phone: '13900139000' } }),
    ]);
    await context.close();
  });

  it('keeps a submission queued offline that meets a newer version, and shows it prefilled on the next visit', async () => {
    const app = await createApp(V1);
    const { context, page } = await openApp(browser, base(), app.slug);
    await page.locator('#f-name').fill('郑八');
    await context.setOffline(true);
    await submitted(page);
    await page.getByTestId('queued').waitFor();
    await page.close();

    await republish(app, V2);
    await context.setOffline(false);
    const next = await context.newPage();
    await next.goto(`${base()}/a/${app.slug}`);
    await next.getByTestId('version-changed').waitFor({ timeout: 20_000 });
    expect(await next.locator('#f-name').inputValue()).toBe('郑八');
    const list = (await (await builder.fetch(`/apps/${app.id}/submissions`)).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
    // Sent again by the resident: the held copy is released, so a further visit starts clean.
    await next.locator('#f-phone').fill('13700137000');
    await submitted(next);
    await next.locator('.sp-receipt').waitFor({ timeout: 20_000 });
    await next.goto(`${base()}/a/${app.slug}`);
    await next.locator('form').waitFor();
    expect(await next.getByTestId('version-changed').count()).toBe(0);
    await context.close();
  });
});

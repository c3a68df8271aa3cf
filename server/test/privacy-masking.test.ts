import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, json, login, request, startTestServer, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';

const ID = healthValues().idNumber as string;
const MASKED_ID = `${ID.slice(0, 3)}***********${ID.slice(-4)}`;

let s: TestServer;
let viewer: Client;
let admin: Client;
let appId = 0;
let sid = 0;

type Item = { id: number; receiptCode: string; values: Record<string, unknown>; masked: string[] };
type AuditItem = { action: string; userId: number; detail?: Record<string, unknown> };

beforeAll(async () => {
  s = await startTestServer();
  viewer = await login(s.url, 'county-viewer');
  admin = await login(s.url, 'county-admin');
  const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await viewer.fetch('/apps'));
  appId = apps.items.find((a) => a.slug === 'health-code')!.id;
  const res = await request(s.url, '/public/apps/health-code/submissions', {
    method: 'POST',
    json: { version: 1, consentVersion: 1, values: healthValues({ name: '欧阳小明' }) },
    headers: { 'idempotency-key': 'privacy-1' },
  });
  expect(res.status).toBe(201);
  const list = await json<{ items: Item[] }>(await viewer.fetch(`/apps/${appId}/submissions?limit=1`));
  sid = list.items[0]!.id;
});
afterAll(() => s.close());

/** Every cell of every sheet as one text, so a test can look for a value anywhere in the workbook. */
async function xlsxText(bytes: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
  return cells.join('\n');
}

const auditLog = async () => (await json<{ items: AuditItem[] }>(await admin.fetch('/audit?limit=500'))).items;

describe('masking by role through the real server', () => {
  it('masks ID numbers, phones and names in the list and the detail, and names the masked fields', async () => {
    const list = await json<{ items: Item[] }>(await viewer.fetch(`/apps/${appId}/submissions?limit=1`));
    const row = list.items[0]!;
    expect(row.values).toMatchObject({ name: '欧**明', idNumber: MASKED_ID, phone: '138****8000' });
    expect(row.masked).toEqual(expect.arrayContaining(['name', 'idNumber', 'phone']));
    expect(row.values.region).toBe(healthValues().region);
    const detail = await json<Item>(await viewer.fetch(`/apps/${appId}/submissions/${sid}`));
    expect(detail.values.idNumber).toBe(MASKED_ID);
  });

  it('never answers a viewer the whole ID number in any export format', async () => {
    for (const format of ['csv', 'xlsx', 'json']) {
      const res = await viewer.fetch(`/apps/${appId}/export.${format}`);
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      // XLSX is zipped: read its cells back as Excel would.
      const text = format === 'xlsx' ? await xlsxText(bytes) : bytes.toString('utf8');
      expect(text).not.toContain(ID);
      expect(text).toContain(MASKED_ID);
    }
  });

  it('exports whole values to an admin (sensitive:read) and records who exported how many rows', async () => {
    const text = await (await admin.fetch(`/apps/${appId}/export.csv?q=${encodeURIComponent('欧阳')}`)).text();
    expect(text).toContain(ID);
    const entry = (await auditLog()).find((e) => e.action === 'submissions.export' && e.detail?.masked === false);
    expect(entry?.detail).toMatchObject({ rows: 1, format: 'csv', filter: { q: '欧阳' }, app: 'health-code' });
    expect(JSON.stringify(entry)).not.toContain(ID);
  });

  it('masks the review queue too', async () => {
    const reviewer = await login(s.url, 'county-reviewer');
    const queue = await json<{ items: Item[] }>(await reviewer.fetch('/review/queue?status=open'));
    const survey = queue.items.find((i) => i.values.headName !== undefined);
    // The seeded 回头看 survey: its phone is L3, its position withheld.
    expect(survey?.values).toMatchObject({ phone: '139****9000' });
    expect(survey?.masked).toContain('phone');
    expect((await auditLog()).some((e) => e.action === 'review.queue')).toBe(true);
  });

  it('audits list reads of personal data with filters and row counts, never values', async () => {
    await viewer.fetch(`/apps/${appId}/submissions?status=received&limit=2`);
    const entry = (await auditLog()).find((e) => e.action === 'submissions.list');
    expect(entry?.detail).toMatchObject({ app: 'health-code', rows: 2, masked: true, filter: { status: 'received' } });
  });
});

describe('searching', () => {
  it('refuses a viewer’s search by an ID or phone number (it would confirm a masked value), not an admin’s', async () => {
    for (const q of [ID, '1380013 8000']) {
      const res = await viewer.fetch(`/apps/${appId}/submissions?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(422);
      expect(((await res.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe('q');
      expect((await viewer.fetch(`/apps/${appId}/export.csv?q=${encodeURIComponent(q)}`)).status).toBe(422);
    }
    expect((await viewer.fetch(`/apps/${appId}/submissions?q=${encodeURIComponent('欧阳')}`)).status).toBe(200);
    const found = await json<{ items: Item[] }>(await admin.fetch(`/apps/${appId}/submissions?q=${ID}`));
    expect(found.items.length).toBeGreaterThan(0);
  });
});

describe('unmasking one submission', () => {
  it('refuses a viewer without sensitive:read', async () => {
    const res = await viewer.fetch(`/apps/${appId}/submissions/${sid}/unmask`, {
      method: 'POST',
      json: { reason: '核对身份' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('needs a reason', async () => {
    const res = await admin.fetch(`/apps/${appId}/submissions/${sid}/unmask`, { method: 'POST', json: {} });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe('reason');
  });

  it('answers the whole values and leaves an audit row with the reason, not the values', async () => {
    const res = await admin.fetch(`/apps/${appId}/submissions/${sid}/unmask`, {
      method: 'POST',
      json: { reason: '居民申请更正身份证号' },
    });
    const whole = await json<Item & { unmasked: boolean }>(res);
    expect(whole).toMatchObject({ unmasked: true, values: { idNumber: ID, name: '欧阳小明' } });
    const entry = (await auditLog()).find((e) => e.action === 'submission.unmask');
    expect(entry?.detail).toMatchObject({ reason: '居民申请更正身份证号', receiptCode: whole.receiptCode });
    expect(entry?.detail?.fields).toEqual(expect.arrayContaining(['idNumber', 'phone']));
    expect(JSON.stringify(entry)).not.toContain(ID);
  });

  it('lets an admin grant sensitive:read to a viewer, who may then unmask and export whole values', async () => {
    const users = await json<{ items: Array<{ id: number; username: string }> }>(await admin.fetch('/users'));
    const target = users.items.find((u) => u.username === 'county-viewer')!;
    const granted = await admin.fetch(`/users/${target.id}`, {
      method: 'PATCH',
      json: { capabilities: ['sensitive:read'] },
    });
    expect(await json(granted)).toMatchObject({ capabilities: ['sensitive:read'] });
    expect(await (await viewer.fetch(`/apps/${appId}/export.csv`)).text()).toContain(ID);
    const bad = await admin.fetch(`/users/${target.id}`, { method: 'PATCH', json: { capabilities: ['god'] } });
    expect(bad.status).toBe(422);
    await admin.fetch(`/users/${target.id}`, { method: 'PATCH', json: { capabilities: [] } });
    expect(await (await viewer.fetch(`/apps/${appId}/export.csv`)).text()).not.toContain(ID);
  });
});

describe('consent', () => {
  it('refuses a submission to an app with consent text unless the resident agreed to that version', async () => {
    const send = (body: Record<string, unknown>, key: string) =>
      request(s.url, '/public/apps/health-code/submissions', {
        method: 'POST',
        json: body,
        headers: { 'idempotency-key': key },
      });
    const values = healthValues({ idNumber: '11010519491231002X' });
    for (const [n, body] of [
      { version: 1, values },
      { version: 1, values, consentVersion: 2 },
    ].entries()) {
      const res = await send(body, `no-consent-${n}`);
      expect(res.status).toBe(422);
      const problem = (await res.json()) as { errors: Array<{ path: string; message: string }> };
      expect(problem.errors[0]).toMatchObject({
        path: 'consentVersion',
        message: expect.stringContaining('我已阅读并同意'),
      });
    }
    const ok = await send({ version: 1, values, consentVersion: 1 }, 'consent-ok');
    expect(ok.status, await ok.clone().text()).toBe(201);
  });

  it('refuses to publish an app that collects L4 fields without consent text, naming settings.consentText', async () => {
    const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await admin.fetch('/apps'));
    const health = await json<{ draft: { settings: Record<string, unknown> } }>(
      await admin.fetch(`/apps/${apps.items.find((a) => a.slug === 'health-code')!.id}`),
    );
    const definition = { ...health.draft, settings: { ...health.draft.settings, consentText: '' } };
    const orgs = await json<{ items: Array<{ id: number }> }>(await admin.fetch('/orgs'));
    const created = await json<{ id: number }>(
      await admin.fetch('/apps', { method: 'POST', json: { title: '无告知', orgId: orgs.items[0]!.id, definition } }),
    );
    const res = await admin.fetch(`/apps/${created.id}/publish`, { method: 'POST' });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: Array<{ path: string }> };
    expect(problem.errors[0]?.path).toBe('settings.consentText');
  });
});

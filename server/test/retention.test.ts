import { EXAMPLES } from '@sprout/examples';
import { bankAccountPack } from '@sprout/examples/packs/bank-account';
import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDailyScheduler } from '../src/jobs/daily-scheduler.ts';
import { dailyJobs } from '../src/jobs/daily-jobs.ts';
import { elderlyValues, idNumber } from '../src/seed/samples.ts';
import { type Client, json, login, request, startTestServer, type TestServer } from './harness.ts';
import { bankAccountArchive } from './pack-archive.ts';

// A 1×1 PNG: real image bytes, so upload checks by content accept it.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const DAY = 86_400_000;

let s: TestServer;
let admin: Client;

beforeEach(async () => {
  s = await startTestServer();
  admin = await login(s.url, 'county-admin');
});
afterEach(() => s.close());

/** The elderly subsidy (upload + signature, L4 ID number) kept for 1 day, deleted or anonymised after. */
async function shortLivedApp(retentionAction: 'delete' | 'anonymize') {
  const orgs = await json<{ items: Array<{ id: number; code: string }> }>(await admin.fetch('/orgs'));
  const base = EXAMPLES['elderly-subsidy']!;
  const definition = { ...base, settings: { ...base.settings, retentionDays: 1, retentionAction } };
  const res = await admin.fetch('/apps', {
    method: 'POST',
    json: { title: `保留 ${retentionAction}`, orgId: orgs.items[0]!.id, definition },
  });
  const app = await json<{ id: number; slug: string }>(res);
  expect((await admin.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
  return app;
}

let person = 100;

async function submitWithPhoto(slug: string, key: string) {
  const form = new FormData();
  form.set('file', new Blob([PNG], { type: 'image/png' }), '身份证.png');
  const file = await json<{ id: string; name: string; size: number; type: string }>(
    await fetch(`${s.url}/api/v1/public/apps/${slug}/uploads`, { method: 'POST', body: form }),
  );
  const res = await request(s.url, `/public/apps/${slug}/submissions`, {
    method: 'POST',
    json: {
      version: 1,
      // One submission per ID number: each test resident is another person.
      values: { ...elderlyValues([file]), idNumber: idNumber('330110', '19380512', String(++person)) },
      consentVersion: 1,
    },
    headers: { 'idempotency-key': key },
  });
  expect(res.status).toBe(201);
  return { file, receipt: await json<{ receiptCode: string }>(res) };
}

const auditOf = async (action: string) =>
  (await json<{ items: Array<{ detail: Record<string, unknown> }> }>(await admin.fetch(`/audit?action=${action}`)))
    .items;

describe('retention with an injected clock', () => {
  it('deletes rows, uploads and signatures past retentionDays on the daily run, and records it', async () => {
    const app = await shortLivedApp('delete');
    const old = await submitWithPhoto(app.slug, 'old');
    s.clock.advance(2 * DAY);
    admin = await login(s.url, 'county-admin'); // the old session expired with the days
    const fresh = await submitWithPhoto(app.slug, 'fresh');
    const scheduler = createDailyScheduler({
      clock: s.clock,
      leases: s.storage.jobs,
      jobs: dailyJobs(s.storage),
      hour: 0,
    });
    expect(await scheduler.tick()).toEqual(['retention', 'purge-unattached-uploads']);

    const list = await json<{ items: Array<{ receiptCode: string }> }>(
      await admin.fetch(`/apps/${app.id}/submissions`),
    );
    expect(list.items.map((i) => i.receiptCode)).toEqual([fresh.receipt.receiptCode]);
    expect(await s.storage.uploads.get(app.id, old.file.id)).toBeUndefined();
    expect(await s.storage.uploads.get(app.id, fresh.file.id)).toBeDefined();
    const [entry] = await auditOf('retention.run');
    expect(entry?.detail).toMatchObject({ app: app.slug, action: 'delete', deleted: 1, files: 1 });
    expect(await scheduler.tick()).toEqual([]); // once a day
  });

  it('anonymises instead when the app says so: only L1/L2 answers stay, files go', async () => {
    const app = await shortLivedApp('anonymize');
    const old = await submitWithPhoto(app.slug, 'old');
    s.clock.advance(2 * DAY);
    admin = await login(s.url, 'county-admin');
    const { runRetention } = await import('../src/privacy/retention.ts');
    expect(await runRetention(s.storage, s.clock.now())).toMatchObject([{ anonymized: 1, files: 1 }]);
    const [row] = (await json<{ items: Array<{ id: number }> }>(await admin.fetch(`/apps/${app.id}/submissions`)))
      .items;
    const whole = await json<{ values: Record<string, unknown>; receiptCode: string }>(
      await admin.fetch(`/apps/${app.id}/submissions/${row!.id}/unmask`, {
        method: 'POST',
        json: { reason: '核对匿名化' },
      }),
    );
    expect(whole.receiptCode).toBe(old.receipt.receiptCode);
    for (const gone of ['name', 'idNumber', 'phone', 'address', 'documents', 'signature']) {
      expect(whole.values).not.toHaveProperty(gone);
    }
    expect(whole.values).toMatchObject({ householdType: '农村' });
    expect(await s.storage.uploads.get(app.id, old.file.id)).toBeUndefined();
    expect(await runRetention(s.storage, s.clock.now())).toEqual([]); // not visited again
  });
});

describe('retention of pack fields', () => {
  it('anonymising drops a pack field its manifest classifies L3 (银行账户), keeping the L1/L2 answers', async () => {
    const installed = await admin.fetch('/catalog/packs', {
      method: 'POST',
      headers: { 'content-type': 'application/gzip' },
      body: await bankAccountArchive(),
    });
    const pack = await json<{ id: number }>(installed);
    expect((await admin.fetch(`/catalog/packs/${pack.id}/approve`, { method: 'POST', json: {} })).status).toBe(200);
    const definition = createBlankDefinition('补贴发放');
    definition.pages[0]!.nodes = [
      { id: 'n1', type: bankAccountPack.components[0]!.type, name: 'payee', props: { label: '收款账户' } },
      { id: 'n2', type: 'text', name: 'village', props: { label: '村' } },
    ];
    definition.settings = { ...definition.settings, retentionDays: 1, retentionAction: 'anonymize' };
    const app = await json<{ id: number; slug: string }>(
      await admin.fetch('/apps', { method: 'POST', json: { title: '补贴发放', definition } }),
    );
    expect((await admin.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
    const sent = await request(s.url, `/public/apps/${app.slug}/submissions`, {
      method: 'POST',
      json: { version: 1, values: { payee: { bank: '中国银行', account: '6212262201023557228' }, village: '径山村' } },
      headers: { 'idempotency-key': 'bank-1' },
    });
    expect(sent.status, await sent.clone().text()).toBe(201);
    s.clock.advance(2 * DAY);
    admin = await login(s.url, 'county-admin');
    const { runRetention } = await import('../src/privacy/retention.ts');
    expect(await runRetention(s.storage, s.clock.now())).toMatchObject([{ anonymized: 1 }]);
    const [row] = (await json<{ items: Array<{ id: number }> }>(await admin.fetch(`/apps/${app.id}/submissions`)))
      .items;
    const whole = await json<{ values: Record<string, unknown> }>(
      await admin.fetch(`/apps/${app.id}/submissions/${row!.id}/unmask`, { method: 'POST', json: { reason: '核对' } }),
    );
    expect(whole.values).toEqual({ village: '径山村' });
  });
});

describe('deleting one submission', () => {
  it('removes it and its files for a reason; the audit keeps the receipt code and the reason only', async () => {
    const app = await shortLivedApp('delete');
    const { file, receipt } = await submitWithPhoto(app.slug, 'one');
    const [row] = (await json<{ items: Array<{ id: number }> }>(await admin.fetch(`/apps/${app.id}/submissions`)))
      .items;
    const path = `/apps/${app.id}/submissions/${row!.id}`;
    expect((await admin.fetch(path, { method: 'DELETE', json: {} })).status).toBe(422);
    const viewer = await login(s.url, 'county-viewer');
    expect((await viewer.fetch(path, { method: 'DELETE', json: { reason: '居民申请删除' } })).status).toBe(403);
    const res = await admin.fetch(path, { method: 'DELETE', json: { reason: '居民依法申请删除' } });
    expect(await json(res)).toEqual({ receiptCode: receipt.receiptCode, files: 1 });
    expect((await admin.fetch(path)).status).toBe(404);
    expect(await s.storage.uploads.get(app.id, file.id)).toBeUndefined();
    expect((await request(s.url, `/public/receipts/${receipt.receiptCode}`)).status).toBe(404);
    const [entry] = await auditOf('submission.delete');
    expect(entry?.detail).toEqual({ receiptCode: receipt.receiptCode, reason: '居民依法申请删除' });
  });
});

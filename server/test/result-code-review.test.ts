import { EXAMPLES } from '@sprout/examples';
import type { ProblemBody, Receipt, ReceiptAnswers } from '@sprout/shared/api';
import type { AppDefinition } from '@sprout/shared/definition';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionRow } from '../src/storage/submission-row.fixture.ts';
import { type Client, json, login, request, startTestServer, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';

let s: TestServer;
let county: Client;
let reviewer: Client;
let villageId: number;
let keyN = 0;

beforeAll(async () => {
  s = await startTestServer();
  county = await login(s.url, 'county-admin');
  reviewer = await login(s.url, 'county-reviewer');
  const orgs = await json<{ items: Array<{ id: number; code: string }> }>(await county.fetch('/orgs'));
  villageId = orgs.items.find((o) => o.code === '330110109222')!.id;
}, 60_000);
afterAll(() => s.close());

/** The health declaration with review and/or codes as asked, published by 径山村. */
async function publish(settings: Partial<AppDefinition['settings']>, edit?: (d: AppDefinition) => void) {
  const definition = structuredClone(EXAMPLES['health-code']!);
  definition.settings = { ...definition.settings, ...settings };
  edit?.(definition);
  const res = await county.fetch('/apps', {
    method: 'POST',
    json: { title: '审核健康申报', orgId: villageId, definition },
  });
  expect(res.status).toBe(201);
  const app = await json<{ id: number; slug: string; revision: number }>(res);
  expect((await county.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
  return { ...app, definition };
}

async function republish(app: { id: number }, definition: AppDefinition) {
  const { revision } = await json<{ revision: number }>(await county.fetch(`/apps/${app.id}`));
  const saved = await county.fetch(`/apps/${app.id}/draft`, { method: 'PUT', json: { definition, revision } });
  expect(saved.status).toBe(200);
  expect((await county.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
}

function send(slug: string, version: number, key = `codes-${++keyN}`, values = healthValues()) {
  return request(s.url, `/public/apps/${slug}/submissions`, {
    method: 'POST',
    json: { version, consentVersion: version, values },
    headers: { 'idempotency-key': key },
  });
}

async function submissionId(appId: number, receiptCode: string): Promise<number> {
  const list = await json<{ items: Array<{ id: number }> }>(
    await county.fetch(`/apps/${appId}/submissions?q=${receiptCode}`),
  );
  return list.items[0]!.id;
}

const decide = (appId: number, sid: number, action: string, comment?: string) =>
  reviewer.fetch(`/apps/${appId}/submissions/${sid}/review`, { method: 'POST', json: { action, comment } });

const receiptOf = async (code: string) => json<Receipt>(await request(s.url, `/public/receipts/${code}`));
const verify = async (token: string) =>
  json<{ status: string }>(await request(s.url, '/public/verify', { method: 'POST', json: { token } }));

describe('result codes of an app that needs review', () => {
  it('exist only after approval: none on the receipt while it waits, a valid one once approved', async () => {
    const app = await publish({ review: { required: true }, resultCode: { issue: true, validHours: 24 } });
    const res = await send(app.slug, 1);
    expect(res.status).toBe(201);
    const first = await json<Receipt>(res);
    expect(first.status).toBe('pending');
    expect(first.resultCode).toBeUndefined();
    expect((await receiptOf(first.receiptCode)).resultCode).toBeUndefined();

    const sid = await submissionId(app.id, first.receiptCode);
    expect((await decide(app.id, sid, 'approve')).status).toBe(200);
    const approved = await receiptOf(first.receiptCode);
    expect(approved.status).toBe('approved');
    expect(approved.resultCode).toBeDefined();
    const claims = decodeJwt(approved.resultCode!);
    expect(claims).toMatchObject({ app: app.slug, ver: 1, rc: first.outcome?.code });
    expect(approved.resultCodeExpiresAt).toBe(new Date(claims.exp! * 1000).toISOString());
    expect((await verify(approved.resultCode!)).status).toBe('valid');
    const log = await json<{ items: Array<{ action: string; detail: Record<string, unknown> | null }> }>(
      await county.fetch('/audit'),
    );
    expect(log.items.find((e) => e.action === 'submission.approve')?.detail).toMatchObject({ issued: claims.jti });
  });

  it('are not signed by an approval that came through a proxy without SPROUT_PUBLIC_URL: 503, still pending', async () => {
    const app = await publish({ review: { required: true }, resultCode: { issue: true } });
    const sent = await json<Receipt>(await send(app.slug, 1));
    const sid = await submissionId(app.id, sent.receiptCode);
    const proxied = await reviewer.fetch(`/apps/${app.id}/submissions/${sid}/review`, {
      method: 'POST',
      json: { action: 'approve' },
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(proxied.status).toBe(503);
    expect((await json<ProblemBody>(proxied)).detail).toContain('SPROUT_PUBLIC_URL');
    expect((await receiptOf(sent.receiptCode)).status).toBe('pending');
  });

  it('are revoked when the submission is rejected or returned (a code issued before the rule)', async () => {
    const app = await publish({ review: { required: true }, resultCode: { issue: true } });
    // A code issued at submit, as before review gated codes: signed by this server for the health code app.
    const plain = await json<Receipt>(await send('health-code', 1));
    const token = plain.resultCode!;
    expect((await verify(token)).status).toBe('valid');
    const inserted = await s.storage.submissions.insert(
      submissionRow(app.id, villageId, {
        receiptCode: 'LEGACY01',
        status: 'pending',
        values: healthValues(),
        submittedAt: s.clock.now().toISOString(),
        resultCode: token,
        resultCodeId: String(decodeJwt(token).jti),
      }),
    );
    if (inserted.kind !== 'created') throw new Error('insert failed');
    expect((await decide(app.id, inserted.submission.id, 'reject', '信息不实')).status).toBe(200);
    expect((await verify(token)).status).toBe('revoked');
    expect((await receiptOf('LEGACY01')).resultCode).toBeUndefined();
    const published = await json<{ revocations: Array<{ jti: string }> }>(await request(s.url, '/public/revocations'));
    expect(published.revocations.map((r) => r.jti)).toContain(decodeJwt(token).jti);
  });
});

describe('the version a new submission names', () => {
  it('must be the current published one: an older one gets 409 with the current version', async () => {
    const app = await publish({});
    const early = await send(app.slug, 1, 'early-key');
    expect(early.status).toBe(201);
    const next = structuredClone(app.definition);
    next.meta.title = '健康申报（第二版）';
    await republish(app, next);

    const stale = await send(app.slug, 1);
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(await json<ProblemBody>(stale)).toMatchObject({ code: 'version-outdated', currentVersion: 2 });
    expect((await send(app.slug, 2)).status).toBe(201);
    // A retry of what went through before the new version still answers its receipt.
    expect((await send(app.slug, 1, 'early-key')).status).toBe(200);
  });

  it('of a returned submission is its own: corrected against the version it was sent on', async () => {
    const app = await publish({ review: { required: true }, resultCode: { issue: false } });
    const sent = await json<Receipt>(await send(app.slug, 1));
    const sid = await submissionId(app.id, sent.receiptCode);
    expect((await decide(app.id, sid, 'return', '请核对体温')).status).toBe(200);
    const next = structuredClone(app.definition);
    next.pages[0]!.nodes = next.pages[0]!.nodes.filter((n) => n.name !== 'phone');
    await republish(app, next);

    const headers = { 'x-edit-token': sent.editToken! };
    const answers = await json<ReceiptAnswers>(
      await request(s.url, `/public/receipts/${sent.receiptCode}/answers`, { headers }),
    );
    expect(answers.version).toBe(1);
    expect(JSON.stringify(answers.definition)).toContain('"phone"');
    const resend = (version: number) =>
      request(s.url, `/public/receipts/${sent.receiptCode}`, {
        method: 'PUT',
        headers,
        json: { version, values: answers.values },
      });
    const wrong = await resend(2);
    expect(wrong.status).toBe(422);
    expect((await json<ProblemBody>(wrong)).errors?.[0]?.path).toBe('version');
    const right = await resend(1);
    expect(right.status).toBe(200);
    expect((await json<Receipt>(right)).status).toBe('pending');
  });
});

describe('the outcome message', () => {
  it('comes with the result on the receipt, in the resident’s language', async () => {
    const app = await publish({}, (d) => {
      const green = d.outcomes!.find((o) => o.result.code === 'green')!;
      green.result.message = { 'zh-CN': '可正常通行', en: 'You may pass' };
    });
    const receipt = await json<Receipt>(await send(app.slug, 1));
    expect(receipt.outcome).toMatchObject({ code: 'green', message: '可正常通行' });
    const en = await json<Receipt>(
      await request(s.url, `/public/receipts/${receipt.receiptCode}`, { headers: { 'accept-language': 'en' } }),
    );
    expect(en.outcome?.message).toBe('You may pass');
  });
});

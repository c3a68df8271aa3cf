import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elderlyValues, idNumber, sampleValues } from '../src/seed/samples.ts';
import { pngBytes } from './file-bytes.ts';
import { json, login, request, startTestServer, type TestServer } from './harness.ts';
import type { DivisionList, ProblemBody, PublishedAppBody } from '@sprout/shared/api';
import { healthValues } from './valid-values.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

type Receipt = {
  receiptCode: string;
  status: string;
  outcome: { code: string; label: string } | null;
  appTitle: string;
};

const submit = (slug: string, key: string | undefined, body: unknown, headers: Record<string, string> = {}) =>
  request(s.url, `/public/apps/${slug}/submissions`, {
    method: 'POST',
    json: body,
    headers: { ...(key ? { 'idempotency-key': key } : {}), ...headers },
  });

async function countRows(appSlug: string): Promise<number> {
  const admin = await login(s.url, 'county-admin');
  const apps = await json<{ items: Array<{ slug: string; submissionCount: number }> }>(await admin.fetch('/apps'));
  return apps.items.find((a) => a.slug === appSlug)?.submissionCount ?? -1;
}

describe('residents: reading an app', () => {
  it('answers the published definition with an ETag, and 304 when it is unchanged', async () => {
    const res = await request(s.url, '/public/apps/health-code');
    expect(res.status).toBe(200);
    const body = await json<{
      app: { slug: string; status: string };
      version: number;
      definition: { pages: unknown[] };
    }>(res);
    expect(body.app).toMatchObject({ slug: 'health-code', status: 'published' });
    expect(body.version).toBe(1);
    expect(body.definition.pages.length).toBeGreaterThan(0);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await request(s.url, '/public/apps/health-code', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('carries the first level of each region picker, so the picker asks nothing more', async () => {
    const body = await json<PublishedAppBody>(await request(s.url, '/public/apps/health-code'));
    const provinces = await json<DivisionList>(await request(s.url, '/divisions'));
    // health-code's region picker has no root: its first level is the provinces.
    expect(Object.keys(body.divisions ?? {})).toEqual(['']);
    expect(body.divisions?.['']).toEqual(provinces.items);
    expect(provinces.items.length).toBeGreaterThan(0);
  });

  it('answers 404 problem+json for an unknown slug', async () => {
    const res = await request(s.url, '/public/apps/no-such-app');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('residents: submitting', () => {
  it('accepts a valid submission with the server-computed outcome and a receipt to look up', async () => {
    const res = await submit('health-code', 'accept-1', { version: 1, consentVersion: 1, values: healthValues() });
    expect(res.status).toBe(201);
    const receipt = await json<Receipt>(res);
    expect(receipt.receiptCode).toMatch(/^[0-9A-Z]{10}$/);
    expect(receipt.outcome?.code).toBe('green');
    expect(receipt.status).toBe('received');
    const looked = await json<Receipt>(await request(s.url, `/public/receipts/${receipt.receiptCode}`));
    expect(looked).toMatchObject({
      receiptCode: receipt.receiptCode,
      appTitle: '居民健康申报',
      outcome: { code: 'green' },
    });
  });

  it('ignores an outcome the client claims: the server computes it', async () => {
    const values = healthValues({ temperature: 38.5, symptoms: ['发热'], outcome: 'green' });
    const receipt = await json<Receipt>(
      await submit('health-code', 'claim-1', { version: 1, consentVersion: 1, values }),
    );
    expect(receipt.outcome?.code).toBe('red');
  });

  it('answers the same receipt for the same key and body, and never stores a second row', async () => {
    const before = await countRows('health-code');
    const body = { version: 1, consentVersion: 1, values: healthValues({ name: '重试者' }), deviceId: 'dev-1' };
    const first = await submit('health-code', 'retry-1', body);
    const again = await submit('health-code', 'retry-1', body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect((await json<Receipt>(again)).receiptCode).toBe((await json<Receipt>(first)).receiptCode);
    expect(await countRows('health-code')).toBe(before + 1);
  });

  it('stores one row when the same key arrives many times at once', async () => {
    const before = await countRows('health-code');
    const body = { version: 1, consentVersion: 1, values: healthValues({ name: '并发者' }) };
    const answers = await Promise.all(Array.from({ length: 12 }, () => submit('health-code', 'burst-1', body)));
    const receipts = await Promise.all(answers.map((a) => json<Receipt>(a)));
    expect(new Set(receipts.map((r) => r.receiptCode)).size).toBe(1);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(await countRows('health-code')).toBe(before + 1);
  });

  it('answers 409 for the same key with another body', async () => {
    await submit('health-code', 'reuse-1', { version: 1, consentVersion: 1, values: healthValues() });
    const res = await submit('health-code', 'reuse-1', {
      version: 1,
      consentVersion: 1,
      values: healthValues({ temperature: 37 }),
    });
    expect(res.status).toBe(409);
  });

  it('answers 428 without an Idempotency-Key', async () => {
    expect(
      (await submit('health-code', undefined, { version: 1, consentVersion: 1, values: healthValues() })).status,
    ).toBe(428);
  });

  it('names every field at fault with its path (422), in the caller’s language', async () => {
    const values = healthValues({ name: '', temperature: 50, symptoms: ['无', '发热'] });
    const res = await submit(
      'health-code',
      'bad-1',
      { version: 1, consentVersion: 1, values },
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(res.status).toBe(422);
    const body = await json<ProblemBody>(res);
    expect(body.errors?.map((e) => e.path).sort()).toEqual(['values.name', 'values.symptoms', 'values.temperature']);
    expect(body.errors?.find((e) => e.path === 'values.name')?.message).toBe('This field is required');
    const zh = await json<ProblemBody>(await submit('health-code', 'bad-2', { version: 1, consentVersion: 1, values }));
    expect(zh.errors?.find((e) => e.path === 'values.name')?.message).toBe('此项为必填项');
  });

  it('names paths inside repeat groups', async () => {
    const member = await login(s.url, 'jingshan-admin');
    const values = structuredClone(sampleValues('2026-03-02')['huitoukan-survey']?.[0]) as Record<string, unknown>;
    (values.members as Array<Record<string, unknown>>)[1]!.age = 300;
    const res = await member.fetch('/public/apps/huitoukan-survey/submissions', {
      method: 'POST',
      json: { version: 1, consentVersion: 1, values },
      headers: { 'idempotency-key': 'repeat-1' },
    });
    expect(res.status).toBe(422);
    expect((await json<ProblemBody>(res)).errors?.map((e) => e.path)).toEqual(['values.members[1].age']);
  });

  it('rejects a version the app never had, and a body that is not an object', async () => {
    const res = await submit('health-code', 'ver-1', { version: 9, values: healthValues() });
    expect(res.status).toBe(422);
    expect((await json<ProblemBody>(res)).errors?.[0]?.path).toBe('version');
    const shape = await submit('health-code', 'shape-1', { version: 1, consentVersion: 1, values: 'nope' });
    expect(shape.status).toBe(422);
    expect((await json<ProblemBody>(shape)).errors?.[0]?.path).toBe('values');
  });

  it('answers 400 for malformed JSON and 415 for a body that is not JSON', async () => {
    const bad = await request(s.url, '/public/apps/health-code/submissions', {
      method: 'POST',
      body: '{"version": 1,',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'mal-1' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const text = await request(s.url, '/public/apps/health-code/submissions', {
      method: 'POST',
      body: 'version=1',
      headers: { 'content-type': 'text/plain', 'idempotency-key': 'mal-2' },
    });
    expect(text.status).toBe(415);
  });

  it('takes submissions of signed-in apps only with a session', async () => {
    const values = sampleValues('2026-03-02')['village-daily-report']?.[0];
    expect((await submit('village-daily-report', 'anon-1', { version: 1, consentVersion: 1, values })).status).toBe(
      401,
    );
    const official = await login(s.url, 'jingshancun-builder');
    const res = await official.fetch('/public/apps/village-daily-report/submissions', {
      method: 'POST',
      json: { version: 1, consentVersion: 1, values },
      headers: { 'idempotency-key': 'signed-1' },
    });
    expect(res.status).toBe(201);
  });

  it('enforces one submission per field value, and checks uploaded files exist', async () => {
    const form = new FormData();
    form.set('file', new Blob([pngBytes(32) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), '户口本.png');
    const up = await fetch(`${s.url}/api/v1/public/apps/elderly-subsidy/uploads`, { method: 'POST', body: form });
    expect(up.status).toBe(201);
    const file = await json<{ id: string; name: string; size: number; type: string }>(up);
    expect(file).toMatchObject({ name: '户口本.png', size: 32, type: 'image/png' });

    const values = { ...elderlyValues([file]), idNumber: idNumber('330110', '19350101', '001') };
    const fake = { ...elderlyValues([{ ...file, id: 'never-uploaded' }]), idNumber: values.idNumber };
    const missing = await submit('elderly-subsidy', 'once-0', { version: 1, consentVersion: 1, values: fake });
    expect(missing.status).toBe(422);
    expect((await json<ProblemBody>(missing)).errors?.[0]?.path).toBe('values.documents[0]');

    const first = await submit('elderly-subsidy', 'once-1', { version: 1, consentVersion: 1, values });
    expect(first.status).toBe(201);
    expect((await json<Receipt>(first)).status).toBe('pending');
    const again = await submit('elderly-subsidy', 'once-2', { version: 1, consentVersion: 1, values });
    expect(again.status).toBe(409);
    // The clash is named on the field it is about, so the resident's page shows it there.
    expect((await json<ProblemBody>(again)).errors?.map((e) => e.path)).toEqual(['values.idNumber']);
  });

  it('refuses new submissions once the app is closed (410) and keeps the data', async () => {
    const builder = await login(s.url, 'county-builder');
    const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await builder.fetch('/apps'));
    const id = apps.items.find((a) => a.slug === 'health-code')?.id;
    const accepted = await json<Receipt>(
      await submit('health-code', 'before-close', { version: 1, consentVersion: 1, values: healthValues() }),
    );
    expect((await builder.fetch(`/apps/${id}/close`, { method: 'POST' })).status).toBe(200);
    const res = await submit('health-code', 'after-close', { version: 1, consentVersion: 1, values: healthValues() });
    expect(res.status).toBe(410);
    expect((await json<ProblemBody>(res)).detail).toContain('停止收集');
    expect((await request(s.url, `/public/receipts/${accepted.receiptCode}`)).status).toBe(200);
    expect((await builder.fetch(`/apps/${id}/reopen`, { method: 'POST' })).status).toBe(200);
    expect(
      (await submit('health-code', 'after-reopen', { version: 1, consentVersion: 1, values: healthValues() })).status,
    ).toBe(201);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, startTestServer, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const submitRaw = (body: string, headers: Record<string, string>) =>
  fetch(`${s.url}/api/v1/public/apps/health-code/submissions`, { method: 'POST', headers, body });

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return json<{ status: number; detail: string; errors?: Array<{ path: string }> }>(res);
}

describe('malformed input is a 4xx naming what is wrong, never a 500', () => {
  it('refuses JSON nested deeper than the cap', async () => {
    const deep = `{"version":1,"values":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    const res = await submitRaw(deep, { 'content-type': 'application/json', 'idempotency-key': 'deep-1' });
    expect(res.status).toBe(400);
    expect((await problem(res)).detail).toContain('64');
  });

  it('refuses a content type that only mentions application/json in a parameter', async () => {
    const body = JSON.stringify({ version: 1, consentVersion: 1, values: healthValues() });
    const res = await submitRaw(body, { 'content-type': 'text/plain; x=application/json', 'idempotency-key': 'ct-1' });
    expect(res.status).toBe(415);
    expect((await problem(res)).detail).toContain('Content-Type');
  });

  it('answers an impossible date in a query with the parameter’s name', async () => {
    const viewer = await login(s.url, 'county-viewer');
    const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await viewer.fetch('/apps'));
    const id = apps.items.find((a) => a.slug === 'health-code')?.id;
    for (const [param, path] of [
      ['from=2026-13-45', 'from'],
      ['to=2026-02-30', 'to'],
    ]) {
      const res = await viewer.fetch(`/apps/${id}/submissions?${param}`);
      expect(res.status).toBe(422);
      expect((await problem(res)).errors?.map((e) => e.path)).toEqual([path]);
    }
    expect((await viewer.fetch(`/apps/${id}/export.csv?from=2026-13-45`)).status).toBe(422);
  });
});

describe('idempotency', () => {
  it('takes a retry whose JSON keys come in another order as the same body', async () => {
    const values = healthValues();
    const reordered = Object.fromEntries(Object.entries(values).reverse());
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'order-1' };
    const first = await submitRaw(JSON.stringify({ version: 1, consentVersion: 1, values }), headers);
    expect(first.status).toBe(201);
    const again = await submitRaw(JSON.stringify({ values: reordered, consentVersion: 1, version: 1 }), headers);
    expect(again.status).toBe(200);
    expect((await json(again)).receiptCode).toBe((await json(first)).receiptCode);
    const changed = await submitRaw(
      JSON.stringify({ version: 1, consentVersion: 1, values: { ...values, name: '李四' } }),
      headers,
    );
    expect(changed.status).toBe(409);
  });
});

describe('every route with a body', () => {
  it('answers malformed bodies and queries with a 4xx, never a 500', async () => {
    const admin = await login(s.url, 'county-admin');
    const doc = await json<{ paths: Record<string, Record<string, { requestBody?: unknown }>> }>(
      await fetch(`${s.url}/api/v1/openapi.json`),
    );
    const deep = `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}`;
    const failures: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      const url = path.replace(/\{[^}]+\}/g, '1');
      for (const [method, op] of Object.entries(methods)) {
        if (!op.requestBody) continue;
        const cases: Array<[string, string]> = [
          ['application/json', deep],
          ['text/plain; x=application/json', '{}'],
          ['application/json', '{"a":'],
        ];
        for (const [type, body] of cases) {
          const res = await admin.fetch(url, { method: method.toUpperCase(), headers: { 'content-type': type }, body });
          if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path} (${type}): ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

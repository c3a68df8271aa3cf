import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createResultCodeService } from '../src/result-codes/service.ts';
import { json, request, startTestServer, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';

// Small buckets and a trusted proxy, so each test speaks from its own address; time moves by hand.
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({
    app: {
      trustProxy: true,
      // Requests come through a (pretend) proxy, so result codes need the configured public URL.
      resultCodes: createResultCodeService({
        dataDir: mkdtempSync(join(tmpdir(), 'sprout-rate-keys-')),
        publicBaseUrl: 'https://sprout.example.gov.cn',
      }),
      rateLimits: {
        submit: { perAddress: { capacity: 3, perSecond: 0.1 }, perApp: { capacity: 6, perSecond: 1 } },
        upload: { perAddress: { capacity: 2, perSecond: 0.1 }, perApp: { capacity: 100, perSecond: 10 } },
      },
    },
  });
});
afterAll(() => s.close());

let n = 0;
const submit = (slug: string, from: string) =>
  request(s.url, `/public/apps/${slug}/submissions`, {
    method: 'POST',
    headers: { 'x-forwarded-for': from, 'idempotency-key': `rate-${++n}` },
    json: { version: 1, consentVersion: 1, values: healthValues() },
  });

describe('rate limits on anonymous writes', () => {
  it('answers 429 with Retry-After once an address has used its bucket, and lets it in again later', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await submit('health-code', '8.0.0.1')).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const refused = await submit('health-code', '8.0.0.1');
    expect(refused.headers.get('retry-after')).toBe('10');
    expect((await json<{ status: number }>(refused)).status).toBe(429);
    // Another address is not affected; after the refill this one may send again.
    expect((await submit('health-code', '8.0.0.2')).status).toBe(201);
    s.clock.advance(10_000);
    expect((await submit('health-code', '8.0.0.1')).status).toBe(201);
  });

  it('caps one app over many addresses', async () => {
    s.clock.advance(60_000);
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await submit('health-code', `8.1.0.${i}`)).status);
    expect(statuses.filter((st) => st === 201).length).toBe(6);
    expect(statuses.slice(6)).toEqual([429, 429]);
  });

  it('limits uploads per address', async () => {
    const upload = () => {
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'a.png');
      return fetch(`${s.url}/api/v1/public/apps/elderly-subsidy/uploads`, {
        method: 'POST',
        headers: { 'x-forwarded-for': '8.2.0.1' },
        body: form,
      });
    };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await upload()).status);
    expect(statuses.slice(2)).toEqual([429]);
    expect(statuses.slice(0, 2)).not.toContain(429);
  });
});

import { request as httpRequest } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactSign, decodeJwt, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import type { TrustBundle } from '@sprout/shared/result-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResultCodeService } from '../src/result-codes/service.ts';
import { json, login, request, startTestServer, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';

const PUBLIC_URL = 'https://sprout.yuhang.gov.cn';
let local: TestServer;
let configured: TestServer;
let n = 0;

beforeAll(async () => {
  const resultCodes = createResultCodeService({
    dataDir: mkdtempSync(join(tmpdir(), 'sprout-rc-conf-')),
    publicBaseUrl: `${PUBLIC_URL}/`,
  });
  [local, configured] = await Promise.all([startTestServer(), startTestServer({ app: { resultCodes } })]);
}, 60_000);
afterAll(async () => {
  await Promise.all([local?.close(), configured?.close()]);
});

const body = () => JSON.stringify({ version: 1, consentVersion: 1, values: healthValues() });

/** node:http, because fetch will not send a Host header of our choosing. */
function rawSubmit(base: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const payload = body();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}/api/v1/public/apps/health-code/submissions`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'idempotency-key': `issuer-${++n}`,
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const issuerOfReceipt = (text: string) => decodeJwt((JSON.parse(text) as { resultCode: string }).resultCode).iss;

describe('the issuer of a result code', () => {
  it('is the configured public URL, whatever Host the request names', async () => {
    const res = await rawSubmit(configured.url, { host: 'evil.example' });
    expect(res.status).toBe(201);
    expect(issuerOfReceipt(res.body)).toBe(`${PUBLIC_URL}/o/330110`);
    const bundle = await json<TrustBundle>(await request(configured.url, '/public/verification-bundle'));
    expect(bundle.issuers[0]?.issuers).toEqual([`${PUBLIC_URL}/o/`]);
  });

  it('without configuration, is the loopback address the server listens on, never the Host header', async () => {
    const res = await rawSubmit(local.url, { host: 'evil.example:8080' });
    expect(res.status).toBe(201);
    expect(issuerOfReceipt(res.body)).toBe(`${local.url}/o/330110`);
    const bundle = await new Promise<string>((resolve, reject) => {
      httpRequest(`${local.url}/api/v1/public/verification-bundle`, { headers: { host: 'evil.example' } }, (r) => {
        let text = '';
        r.on('data', (c) => {
          text += c;
        });
        r.on('end', () => resolve(text));
      })
        .on('error', reject)
        .end();
    });
    expect(bundle).not.toContain('evil.example');
  });

  it('without configuration, is refused (503) to a request that came through a proxy', async () => {
    const res = await rawSubmit(local.url, { 'x-forwarded-for': '203.0.113.9' });
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).detail).toContain('SPROUT_PUBLIC_URL');
  });
});

describe('/verify names from the bundle', () => {
  it('names the issuing org and app of this deployment’s codes, on the page’s bundle and the verify route', async () => {
    const bundle = await json<TrustBundle>(await request(configured.url, '/public/verification-bundle'));
    expect(bundle.issuers[0]?.orgs).toEqual({ [`${PUBLIC_URL}/o/330110`]: '余杭区' });
    expect(bundle.issuers[0]?.apps).toEqual({ 'health-code': expect.stringContaining('健康') });

    const res = await rawSubmit(configured.url, {});
    const token = (JSON.parse(res.body) as { resultCode: string }).resultCode;
    const verdict = await json(await request(configured.url, '/public/verify', { method: 'POST', json: { token } }));
    expect(verdict).toMatchObject({
      status: 'valid',
      issuedBy: { org: '余杭区', app: expect.stringContaining('健康') },
    });
  });
});

describe('the verify route', () => {
  it('answers a code signed by our own key whose issuer is not even text with unknown-issuer, never a 500', async () => {
    const keyDir = join(local.dir, 'data', 'keys');
    const file = readdirSync(keyDir).find((f) => f.endsWith('.json'))!;
    const stored = JSON.parse(readFileSync(join(keyDir, file), 'utf8')) as { kid: string; privateJwk: JWK };
    const now = Math.floor(local.clock.now().getTime() / 1000);
    const token = await new CompactSign(
      new TextEncoder().encode(
        JSON.stringify({ iss: 42, iat: now, exp: now + 60, jti: 'x', rc: 'green', app: 'a', ver: 1 }),
      ),
    )
      .setProtectedHeader({ alg: 'ES256', kid: stored.kid, typ: 'sprout-rc' })
      .sign(await importJWK(stored.privateJwk, 'ES256'));
    const res = await request(local.url, '/public/verify', { method: 'POST', json: { token } });
    expect(res.status).toBe(200);
    const verdict = await json<Record<string, unknown>>(res);
    expect(verdict.status).toBe('unknown-issuer');
    expect(verdict).not.toHaveProperty('issuedBy');
  });
});

describe('signing keys', () => {
  it('stay published after a rotation for as long as a code they signed can be valid (90 days)', async () => {
    const before = await rawSubmit(local.url, {});
    const oldKid = decodeProtectedHeader((JSON.parse(before.body) as { resultCode: string }).resultCode).kid;
    const admin = await login(local.url, 'county-admin');
    expect((await admin.fetch('/keys/rotate', { method: 'POST' })).status).toBe(200);
    const kids = async () =>
      (await json<{ keys: Array<{ kid: string }> }>(await fetch(`${local.url}/.well-known/jwks.json`))).keys.map(
        (k) => k.kid,
      );
    local.clock.advance(89 * 86_400_000);
    expect(await kids()).toContain(oldKid);
    local.clock.advance(2 * 86_400_000);
    expect(await kids()).not.toContain(oldKid);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { bundleKeys as trustedKeysOf, type VerifyResult, verifyResultCode } from '@sprout/shared/result-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrustBundle } from '../src/result-codes/bundle.ts';
import { openKeyRing } from '../src/result-codes/key-ring.ts';
import { signResultCode } from '../src/result-codes/sign-result-code.ts';
import { json, login, request, startTestServer, type TestServer } from './harness.ts';
import { healthValues } from './valid-values.ts';

let a: TestServer;
let b: TestServer;
let c: TestServer;
let n = 0;

beforeAll(async () => {
  // A fetches B's JWKS over loopback, which the SSRF guard refuses unless allowed.
  [a, b, c] = await Promise.all([
    startTestServer({ app: { trustFetchAllow: ['127.0.0.1'] } }),
    startTestServer(),
    startTestServer(),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), c?.close()]);
});

interface Receipt {
  receiptCode: string;
  resultCode?: string;
  outcome: { code: string } | null;
}

async function submitHealth(server: TestServer, values = healthValues()): Promise<Receipt> {
  const res = await request(server.url, '/public/apps/health-code/submissions', {
    method: 'POST',
    json: { version: 1, consentVersion: 1, values },
    headers: { 'idempotency-key': `rc-${++n}` },
  });
  expect(res.status).toBe(201);
  return json<Receipt>(res);
}

async function bundleOf(server: TestServer): Promise<TrustBundle> {
  const res = await request(server.url, '/public/verification-bundle');
  expect(res.status).toBe(200);
  return json<TrustBundle>(res);
}

/** Verifies as the /verify page does: the shared verifier over a deployment's bundle. */
async function verifyWithBundle(server: TestServer, token: string): Promise<VerifyResult> {
  const bundle = await bundleOf(server);
  const revoked = new Set(bundle.revocations.map((r) => `${r.iss} ${r.jti}`));
  return verifyResultCode(token, {
    keys: trustedKeysOf(bundle),
    isRevoked: (iss, jti) => revoked.has(`${iss} ${jti}`),
    now: server.clock.now().getTime() / 1000,
  });
}

const verifyOnServer = async (server: TestServer, token: string) =>
  json<VerifyResult>(await request(server.url, '/public/verify', { method: 'POST', json: { token } }));

describe('signed result codes through the real submit route', () => {
  it('signs the outcome with minimal claims that verify against the published keys', async () => {
    const values = healthValues();
    const receipt = await submitHealth(a, values);
    expect(receipt.resultCode).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const token = receipt.resultCode!;
    const header = decodeProtectedHeader(token);
    expect(header).toEqual({ alg: 'ES256', kid: expect.any(String), typ: 'sprout-rc' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: `${a.url}/o/330110`, rc: receipt.outcome?.code, app: 'health-code', ver: 1 });
    expect(claims.exp! - claims.iat!).toBe(24 * 3600);
    expect(claims.iat).toBe(Math.floor(a.clock.now().getTime() / 1000));
    expect(String(claims.jti)).toMatch(/^[\w-]{8}$/);
    expect(claims.sub).toHaveLength(16);
    expect(JSON.stringify(claims)).not.toContain(String(values.idNumber));
    expect(claims.nm).toMatch(/\*/);

    const jwks = await fetch(`${a.url}/.well-known/jwks.json`);
    expect(jwks.headers.get('access-control-allow-origin')).toBe('*');
    expect(jwks.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const { keys } = await json<{ keys: Array<Record<string, unknown>> }>(jwks);
    expect(keys.map((k) => k.kid)).toContain(header.kid);
    for (const k of keys) expect(k).not.toHaveProperty('d');

    expect((await verifyWithBundle(a, token)).status).toBe('valid');
    expect((await verifyOnServer(a, token)).status).toBe('valid');
  });

  it('answers the same code to a retried submit (same Idempotency-Key)', async () => {
    const send = () =>
      request(a.url, '/public/apps/health-code/submissions', {
        method: 'POST',
        json: { version: 1, consentVersion: 1, values: healthValues() },
        headers: { 'idempotency-key': 'rc-retry' },
      });
    const first = await json<Receipt>(await send());
    const again = await json<Receipt>(await send());
    expect(again.resultCode).toBe(first.resultCode);
  });

  it('rejects a tampered payload, an expired code and an unknown key, each with its reason', async () => {
    const token = (await submitHealth(a)).resultCode!;
    const [h, p, sig] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, rc: claims.rc === 'red' ? 'green' : 'red' })).toString(
      'base64url',
    );
    expect((await verifyWithBundle(a, `${h}.${forged}.${sig}`)).status).toBe('tampered');

    const foreignDir = mkdtempSync(join(tmpdir(), 'sprout-foreign-'));
    try {
      const foreign = await openKeyRing({ dir: foreignDir, keepSeconds: 60 });
      const stranger = await signResultCode(claims, foreign);
      expect(await verifyWithBundle(a, stranger)).toMatchObject({ status: 'unknown-issuer' });
    } finally {
      rmSync(foreignDir, { recursive: true, force: true });
    }

    // The server's clock, not the wall clock: 24 h and one second later the code has expired.
    const later = await verifyResultCode(token, {
      keys: trustedKeysOf(await bundleOf(a)),
      isRevoked: () => false,
      now: claims.exp + 1,
    });
    expect(later.status).toBe('expired');
  });

  it('expires by the server clock on the verify route', async () => {
    const token = (await submitHealth(c)).resultCode!;
    expect((await verifyOnServer(c, token)).status).toBe('valid');
    c.clock.advance(24 * 3600_000 + 1000);
    expect((await verifyOnServer(c, token)).status).toBe('expired');
  });

  it('revokes a code: audited, published, and then rejected as revoked', async () => {
    const receipt = await submitHealth(a);
    const county = await login(a.url, 'county-admin');
    const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await county.fetch('/apps'));
    const appId = apps.items.find((x) => x.slug === 'health-code')!.id;
    const list = await json<{ items: Array<{ id: number; receiptCode: string }> }>(
      await county.fetch(`/apps/${appId}/submissions?q=${receipt.receiptCode}`),
    );
    const sid = list.items[0]!.id;

    const viewer = await login(a.url, 'county-viewer');
    expect((await viewer.fetch(`/apps/${appId}/submissions/${sid}/revoke`, { method: 'POST', json: {} })).status).toBe(
      403,
    );
    const res = await county.fetch(`/apps/${appId}/submissions/${sid}/revoke`, {
      method: 'POST',
      json: { reason: '信息不实' },
    });
    expect(res.status).toBe(200);
    const { jti } = decodeJwt(receipt.resultCode!);
    expect(await json(res)).toMatchObject({ jti });

    const published = await json<{ revocations: Array<{ jti: string }> }>(await request(a.url, '/public/revocations'));
    expect(published.revocations.map((r) => r.jti)).toContain(jti);
    expect((await verifyWithBundle(a, receipt.resultCode!)).status).toBe('revoked');
    const log = await json<{ items: Array<{ action: string; targetId: string }> }>(await county.fetch('/audit'));
    expect(log.items).toContainEqual(expect.objectContaining({ action: 'result-code.revoke', targetId: String(sid) }));
  });

  it('rotates: the new key signs, codes of the old key still verify', async () => {
    const before = (await submitHealth(a)).resultCode!;
    const oldKid = decodeProtectedHeader(before).kid;
    const county = await login(a.url, 'county-admin');
    const town = await login(a.url, 'jingshan-admin');
    expect((await town.fetch('/keys/rotate', { method: 'POST' })).status).toBe(403);
    const rotated = await json<{ kid: string; keys: Array<{ kid: string }> }>(
      await county.fetch('/keys/rotate', { method: 'POST' }),
    );
    expect(rotated.kid).not.toBe(oldKid);
    expect(rotated.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([oldKid, rotated.kid]));
    const after = (await submitHealth(a)).resultCode!;
    expect(decodeProtectedHeader(after).kid).toBe(rotated.kid);
    expect((await verifyWithBundle(a, before)).status).toBe('valid');
    expect((await verifyWithBundle(a, after)).status).toBe('valid');
  });
});

describe('mutual recognition (互认) between two deployments on one machine', () => {
  it('verifies the other deployment’s codes once its JWKS is trusted by URL, and nobody else’s', async () => {
    const fromB = (await submitHealth(b)).resultCode!;
    const fromC = (await submitHealth(c)).resultCode!;
    expect(decodeJwt(fromB).iss).toBe(`${b.url}/o/330110`);
    expect((await verifyWithBundle(a, fromB)).status).toBe('unknown-issuer');

    const admin = await login(a.url, 'county-admin');
    const added = await admin.fetch('/trust', {
      method: 'POST',
      json: { name: 'B 区萌芽', issuerPrefix: `${b.url}/o/`, jwksUrl: `${b.url}/.well-known/jwks.json` },
    });
    expect(added.status).toBe(201);
    const entry = await json<{ id: number; keys: Array<{ kid: string }> }>(added);
    expect(entry.keys.map((k) => k.kid)).toContain(decodeProtectedHeader(fromB).kid);

    const viaBundle = await verifyWithBundle(a, fromB);
    expect(viaBundle).toMatchObject({ status: 'valid', issuerName: 'B 区萌芽' });
    expect((await verifyOnServer(a, fromB)).status).toBe('valid');
    expect((await verifyWithBundle(a, fromC)).status).toBe('unknown-issuer');
    // B does not trust A back: recognition is one-way until B adds A.
    expect((await verifyWithBundle(b, (await submitHealth(a)).resultCode!)).status).toBe('unknown-issuer');

    const list = await json<{ items: Array<{ id: number; name: string }> }>(await admin.fetch('/trust'));
    expect(list.items.map((i) => i.name)).toEqual(['B 区萌芽']);
    const log = await json<{ items: Array<{ action: string }> }>(await admin.fetch('/audit'));
    expect(log.items.map((i) => i.action)).toContain('trust.add');

    expect((await admin.fetch(`/trust/${entry.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await verifyWithBundle(a, fromB)).status).toBe('unknown-issuer');
  });

  it('takes a JWKS file in the body, binds it to its issuer prefix, and refuses private or foreign keys', async () => {
    const admin = await login(a.url, 'county-admin');
    const jwks = await json<{ keys: Array<Record<string, unknown>> }>(await fetch(`${c.url}/.well-known/jwks.json`));
    // Trusted for another prefix: C's key cannot vouch for C's own issuer URL.
    const wrongPrefix = await admin.fetch('/trust', {
      method: 'POST',
      json: { name: '别处', issuerPrefix: 'https://elsewhere.example/o/', jwks },
    });
    expect(wrongPrefix.status).toBe(201);
    const fromC = (await submitHealth(c)).resultCode!;
    // c's clock moved a day ahead in an earlier test; judge at its iat so only the issuer decides.
    const bundle = await bundleOf(a);
    const r = await verifyResultCode(fromC, {
      keys: trustedKeysOf(bundle),
      isRevoked: () => false,
      now: Number(decodeJwt(fromC).iat),
    });
    expect(r.status).toBe('unknown-issuer');

    const privateKey = await admin.fetch('/trust', {
      method: 'POST',
      json: { name: 'x', issuerPrefix: 'https://x.example/o/', jwks: { keys: [{ ...jwks.keys[0], d: 'secret' }] } },
    });
    expect(privateKey.status).toBe(422);
    const hmac = await admin.fetch('/trust', {
      method: 'POST',
      json: { name: 'x', issuerPrefix: 'https://x.example/o/', jwks: { keys: [{ kty: 'oct', k: 'abc' }] } },
    });
    expect(hmac.status).toBe(422);
    const unreachable = await admin.fetch('/trust', {
      method: 'POST',
      json: { name: 'x', issuerPrefix: 'https://x.example/o/', jwksUrl: 'http://127.0.0.1:9/jwks.json' },
    });
    expect(unreachable.status).toBe(422);
    expect((await json<{ errors: Array<{ path: string }> }>(unreachable)).errors[0]?.path).toBe('jwksUrl');
    const town = await login(a.url, 'jingshan-admin');
    expect(
      (await town.fetch('/trust', { method: 'POST', json: { name: 'x', issuerPrefix: 'https://x.example/o/', jwks } }))
        .status,
    ).toBe(403);
  });
});

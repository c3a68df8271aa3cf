import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromQrPayload, toQrPayload } from './qr-payload.ts';
import { RESULT_CODE_TYP, type ResultCodeClaims, type TrustedKey } from './types.ts';
import { verifyResultCode } from './verify.ts';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
const NOW = 1_790_000_000;
const ISS = 'https://yuhang.example/orgs/330110';
let privateKey: PrivateKey;
let jwk: JWK;
let trusted: TrustedKey;

const claims = (over: Partial<ResultCodeClaims> = {}): ResultCodeClaims => ({
  iss: ISS,
  iat: NOW - 60,
  exp: NOW + 3600,
  jti: 'r-1',
  rc: 'green',
  app: 'app1',
  ver: 2,
  sub: 'k3J9x',
  nm: '张*三',
  ...over,
});

async function sign(c: object, header: Record<string, unknown> = {}, key: PrivateKey = privateKey): Promise<string> {
  const payload = new TextEncoder().encode(JSON.stringify(c));
  return new CompactSign(payload)
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid, typ: RESULT_CODE_TYP, ...header })
    .sign(key);
}

const verify = (token: string, revoked: string[] = [], keys = [trusted]) =>
  verifyResultCode(token, { keys, isRevoked: (_i, jti) => revoked.includes(jti), now: NOW });

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  privateKey = pair.privateKey;
  jwk = await exportJWK(pair.publicKey);
  jwk.kid = await calculateJwkThumbprint(jwk);
  trusted = { jwk: jwk as TrustedKey['jwk'], issuers: ['https://yuhang.example/'], issuerName: '余杭区' };
});

describe('verifyResultCode', () => {
  it('accepts a good code and names its issuer', async () => {
    const r = await verify(await sign(claims()));
    expect(r).toMatchObject({ status: 'valid', issuerName: '余杭区', claims: { rc: 'green', nm: '张*三' } });
  });

  it('rejects a tampered payload', async () => {
    const [h, , s] = (await sign(claims())).split('.');
    const forged = Buffer.from(JSON.stringify(claims({ rc: 'red' }))).toString('base64url');
    expect((await verify(`${h}.${forged}.${s}`)).status).toBe('tampered');
  });

  it('rejects an expired code, a revoked code and an unknown key', async () => {
    expect((await verify(await sign(claims({ exp: NOW - 1 })))).status).toBe('expired');
    expect((await verify(await sign(claims()), ['r-1'])).status).toBe('revoked');
    expect((await verify(await sign(claims({ jti: 'r-2' })), ['r-1'])).status).toBe('valid');
    const other = await generateKeyPair('ES256');
    expect((await verify(await sign(claims(), { kid: 'nope' }, other.privateKey))).status).toBe('unknown-issuer');
  });

  it('rejects a trusted key signing for an issuer it does not speak for', async () => {
    expect((await verify(await sign(claims({ iss: 'https://elsewhere.example/orgs/1' })))).status).toBe(
      'unknown-issuer',
    );
  });

  it('judges a signed payload that is not result-code claims without passing it on as claims', async () => {
    const notText = await verify(await sign({ ...claims(), iss: 42 }));
    expect(notText.status).toBe('unknown-issuer');
    expect(notText).not.toHaveProperty('claims');
    const missing = await verify(await sign({ ...claims(), jti: undefined }));
    expect(missing.status).toBe('malformed');
    expect(missing).not.toHaveProperty('claims');
    expect(await verify(await sign(claims({ sub: undefined, nm: undefined })))).toHaveProperty('claims.rc', 'green');
  });

  it('refuses alg none, HMAC and tokens that carry their own key', async () => {
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', kid: jwk.kid, typ: RESULT_CODE_TYP })).toString('base64url')}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.`;
    expect((await verify(none)).status).toBe('tampered');
    const hs = `${Buffer.from(JSON.stringify({ alg: 'HS256', kid: jwk.kid, typ: RESULT_CODE_TYP })).toString('base64url')}.e30.AAAA`;
    expect((await verify(hs)).status).toBe('tampered');
    expect((await verify(await sign(claims(), { jwk }))).status).toBe('tampered');
    expect((await verify('garbage')).status).toBe('malformed');
  });

  it('round-trips through the numeric QR payload', async () => {
    const token = await sign(claims());
    const payload = toQrPayload(token);
    expect(payload).toMatch(/^SPROUT:\/\d+$/);
    expect(fromQrPayload(payload)).toBe(token);
    expect(fromQrPayload(` ${token} `)).toBe(token);
    expect((await verify(fromQrPayload(payload))).status).toBe('valid');
  });
});

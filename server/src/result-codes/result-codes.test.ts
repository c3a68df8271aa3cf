import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyResultCode, type ResultCodeClaims, type TrustedKey } from '@sprout/shared/result-code';
import { afterEach, describe, expect, it } from 'vitest';
import { openKeyRing } from './key-ring.ts';
import { createResultCodeService } from './service.ts';
import { signResultCode } from './sign-result-code.ts';
import { pseudonymousSubject } from './subject.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'sprout-keys-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = Date.parse('2026-11-28T10:00:00Z');
const claims = (over: Partial<ResultCodeClaims> = {}): ResultCodeClaims => ({
  iss: 'https://a.example/orgs/330110',
  iat: NOW / 1000,
  exp: NOW / 1000 + 86_400,
  jti: 'j1',
  rc: 'green',
  app: 'app-1',
  ver: 1,
  ...over,
});
const trust = (jwks: object[]): TrustedKey[] =>
  jwks.map((jwk) => ({ jwk: jwk as TrustedKey['jwk'], issuers: ['https://a.example/'], issuerName: 'A 区' }));
const verify = (token: string, keys: TrustedKey[], nowMs = NOW) =>
  verifyResultCode(token, { keys, isRevoked: () => false, now: nowMs / 1000 });

describe('result-code keys and signing', () => {
  it('signs codes that verify against the published keys, with a thumbprint kid and no key in the header', async () => {
    const ring = await openKeyRing({ dir: tempDir(), keepSeconds: 86_400 }, NOW);
    const token = await signResultCode(claims(), ring);
    const header = JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString());
    expect(Object.keys(header).sort()).toEqual(['alg', 'kid', 'typ']);
    expect(ring.publicJwks(NOW)[0]).not.toHaveProperty('d');
    expect((await verify(token, trust(ring.publicJwks(NOW)))).status).toBe('valid');
  });

  it('keeps keys across restarts, in files only the server can read', async () => {
    const dir = tempDir();
    const first = await openKeyRing({ dir, keepSeconds: 60 }, NOW);
    const again = await openKeyRing({ dir, keepSeconds: 60 }, NOW);
    expect((await again.signingKey()).kid).toBe((await first.signingKey()).kid);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).mode & 0o077).toBe(0);
  });

  it('gives server nodes that share the folder one signing key, and a rotation on one to the other', async () => {
    const dir = tempDir();
    let clock = NOW;
    const clockMs = () => clock;
    // Two nodes starting together on an empty folder.
    const [a, b] = await Promise.all([
      openKeyRing({ dir, keepSeconds: 86_400, clockMs }, NOW),
      openKeyRing({ dir, keepSeconds: 86_400, clockMs }, NOW),
    ]);
    expect((await b.signingKey()).kid).toBe((await a.signingKey()).kid);
    const oldKid = (await a.signingKey()).kid;
    const newKid = await a.rotate(NOW + 1000);
    expect((await a.signingKey()).kid).toBe(newKid);
    // The other node looks at the folder again only after `recheckMs` (1 s): until then it
    // signs with the old key, which stays published.
    clock += 999;
    expect((await b.signingKey()).kid).toBe(oldKid);
    clock += 1;
    expect((await b.signingKey()).kid).toBe(newKid);
    expect(b.publicJwks(NOW + 2000).map((k) => k.kid)).toEqual([oldKid, newKid]);
    expect(readdirSync(dir).filter((f) => !f.endsWith('.json'))).toEqual([]);
  });

  it('rotates: the new key signs, the old one verifies until its codes expire, then drops out', async () => {
    const dir = tempDir();
    const ring = await openKeyRing({ dir, keepSeconds: 86_400 }, NOW);
    const oldToken = await signResultCode(claims(), ring);
    const oldKid = (await ring.signingKey()).kid;
    const newKid = await ring.rotate(NOW + 1000);
    expect(newKid).not.toBe(oldKid);
    const newToken = await signResultCode(claims({ jti: 'j2' }), ring);
    const jwks = ring.publicJwks(NOW + 2000);
    expect(jwks.map((k) => k.kid)).toEqual([oldKid, newKid]);
    expect((await verify(oldToken, trust(jwks))).status).toBe('valid');
    expect((await verify(newToken, trust(jwks))).status).toBe('valid');
    const later = NOW + 1000 + 86_400_000 + 1;
    expect(ring.publicJwks(later).map((k) => k.kid)).toEqual([newKid]);
    const reopened = await openKeyRing({ dir, keepSeconds: 86_400 }, later);
    expect((await reopened.signingKey()).kid).toBe(newKid);
  });

  it('hashes the subject with a secret, stable for the same number and never containing it', () => {
    const a = pseudonymousSubject('11010519491231002x', 's3cret');
    expect(a).toBe(pseudonymousSubject(' 11010519491231002X', 's3cret'));
    expect(a).not.toBe(pseudonymousSubject('11010519491231002X', 'other'));
    expect(a).toHaveLength(16);
    expect(a).not.toContain('1101');
  });

  it('hashes with the deployment secret as its text would (the service holds it as a key object)', async () => {
    const dir = tempDir();
    const service = createResultCodeService({ dataDir: dir });
    const subject = await service.subject('11010519491231002X');
    const secret = readFileSync(join(dir, 'result-code-secret'), 'utf8').trim();
    expect(subject).toBe(pseudonymousSubject('11010519491231002X', secret));
    const edit = createHmac('sha256', secret).update('edit:R1').digest().subarray(0, 18).toString('base64url');
    expect(await service.editToken('R1')).toBe(edit);
  });
});

import { describe, expect, it } from 'vitest';
import { bundleKeys, bundleRevocations, issuerNames, type TrustBundle } from './bundle.ts';

const bundle: TrustBundle = {
  generatedAt: '2026-11-28T10:00:00Z',
  issuers: [
    {
      name: '余杭区萌芽',
      issuers: ['https://a.example/o/'],
      keys: [{ kid: 'k1', kty: 'EC' }],
      orgs: { 'https://a.example/o/330110': '余杭区' },
      apps: { 'health-code': '居民健康申报' },
    },
    { name: 'B 区萌芽', issuers: ['https://b.example/o/'], keys: [{ kid: 'k2', kty: 'EC' }] },
  ],
  revocations: [{ iss: 'https://a.example/o/330110', jti: 'j1' }],
};

describe('the verification bundle', () => {
  it('names the org and the app of this deployment’s codes, never a host', () => {
    expect(issuerNames(bundle, { iss: 'https://a.example/o/330110', app: 'health-code' })).toEqual({
      deployment: '余杭区萌芽',
      org: '余杭区',
      app: '居民健康申报',
    });
  });

  it('names only the deployment of a trusted one, and nothing for an issuer it does not know', () => {
    expect(issuerNames(bundle, { iss: 'https://b.example/o/1', app: 'x' })).toEqual({ deployment: 'B 区萌芽' });
    expect(issuerNames(bundle, { iss: 'https://c.example/o/1', app: 'x' })).toBeUndefined();
    expect(issuerNames(bundle, { iss: 42 as unknown as string, app: 'x' })).toBeUndefined();
    expect(issuerNames(bundle, { iss: 'https://a.example/o/330110', app: 'toString' })).toEqual({
      deployment: '余杭区萌芽',
      org: '余杭区',
    });
  });

  it('binds each key to its deployment’s issuers and answers revocations by (iss, jti)', () => {
    expect(bundleKeys(bundle).map((k) => [k.jwk.kid, k.issuers[0], k.issuerName])).toEqual([
      ['k1', 'https://a.example/o/', '余杭区萌芽'],
      ['k2', 'https://b.example/o/', 'B 区萌芽'],
    ]);
    const revoked = bundleRevocations(bundle);
    expect(revoked('https://a.example/o/330110', 'j1')).toBe(true);
    expect(revoked('https://b.example/o/330110', 'j1')).toBe(false);
  });
});

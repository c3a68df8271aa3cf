import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../drafts/draft-store.ts';
import { loadTrustBundle, readCachedBundle, revocationCheck, type TrustBundle, trustedKeysOf } from './trust-bundle.ts';

const bundle: TrustBundle = {
  generatedAt: '2026-11-28T10:00:00Z',
  issuers: [
    { name: '余杭区', issuers: ['https://a.example/'], keys: [{ kid: 'k1', kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }] },
    {
      name: '西湖区（互认）',
      issuers: ['https://b.example/'],
      keys: [
        { kid: 'k2', kty: 'EC' },
        { kid: 'k3', kty: 'EC' },
      ],
    },
  ],
  revocations: [{ iss: 'https://a.example/o/1', jti: 'j1' }],
};

function memoryStorage(): KeyValueStorage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      m.set(k, v);
    },
    removeItem: (k) => {
      m.delete(k);
    },
  };
}

describe('trust bundle', () => {
  it('caches what it fetched and serves it when the network is down', async () => {
    const storage = memoryStorage();
    const ok = (async () => new Response(JSON.stringify(bundle))) as unknown as typeof fetch;
    const first = await loadTrustBundle(ok, storage, () => new Date('2026-11-28T11:00:00Z'));
    expect(first).toMatchObject({ online: true, cached: { syncedAt: '2026-11-28T11:00:00.000Z' } });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const offline = await loadTrustBundle(down, storage);
    expect(offline.online).toBe(false);
    expect(offline.cached?.bundle.issuers[1]?.name).toBe('西湖区（互认）');
    expect(offline.cached?.syncedAt).toBe('2026-11-28T11:00:00.000Z');
  });

  it('ignores a malformed answer and a corrupt cache', async () => {
    const storage = memoryStorage();
    storage.setItem('sprout:verify-bundle', '{not json');
    const bad = (async () => new Response('{"issuers":1}')) as unknown as typeof fetch;
    expect(await loadTrustBundle(bad, storage)).toEqual({ cached: undefined, online: false });
    expect(readCachedBundle(storage)).toBeUndefined();
  });

  it('flattens issuers into trusted keys and checks revocations by issuer and id', () => {
    expect(trustedKeysOf(bundle).map((k) => [k.jwk.kid, k.issuerName])).toEqual([
      ['k1', '余杭区'],
      ['k2', '西湖区（互认）'],
      ['k3', '西湖区（互认）'],
    ]);
    const revoked = revocationCheck(bundle);
    expect(revoked('https://a.example/o/1', 'j1')).toBe(true);
    expect(revoked('https://a.example/o/2', 'j1')).toBe(false);
  });
});

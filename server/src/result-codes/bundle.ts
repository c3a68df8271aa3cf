import { calculateJwkThumbprint, type JWK } from 'jose';
import type { Issue } from '@sprout/shared/result';

export type { TrustBundle } from '@sprout/shared/result-code';

const PUBLIC_MEMBERS: Record<string, string[]> = { EC: ['kty', 'crv', 'x', 'y'], OKP: ['kty', 'crv', 'x'] };
const CURVES: Record<string, string> = { EC: 'P-256', OKP: 'Ed25519' };

/**
 * Reads another deployment's JWKS: only public ES256 (P-256) and EdDSA (Ed25519) keys;
 * a private member or any other kind of key is an issue, never silently dropped.
 * Each key keeps its `kid` or gets its RFC 7638 thumbprint.
 */
export async function readPublicJwks(input: unknown, path: string): Promise<{ keys: JWK[]; issues: Issue[] }> {
  const raw = (input as { keys?: unknown })?.keys;
  if (!Array.isArray(raw) || raw.length === 0) {
    return { keys: [], issues: [{ path, message: '不是有效的 JWKS：需要 { "keys": [ … ] } (not a JWKS)' }] };
  }
  const keys: JWK[] = [];
  const issues: Issue[] = [];
  for (const [i, k] of raw.entries()) {
    const jwk = (k ?? {}) as Record<string, unknown>;
    const members = PUBLIC_MEMBERS[String(jwk.kty)];
    if (!members || jwk.crv !== CURVES[String(jwk.kty)] || members.some((m) => typeof jwk[m] !== 'string')) {
      issues.push({ path: `${path}[${i}]`, message: '只接受 ES256 (P-256) 或 EdDSA (Ed25519) 公钥' });
      continue;
    }
    if ('d' in jwk) {
      issues.push({ path: `${path}[${i}]`, message: '这是私钥，请只提供公钥 (a private key was sent)' });
      continue;
    }
    const clean: JWK = Object.fromEntries(members.map((m) => [m, jwk[m]])) as JWK;
    const kid = typeof jwk.kid === 'string' && jwk.kid ? jwk.kid : await calculateJwkThumbprint(clean);
    keys.push({ ...clean, kid, alg: jwk.kty === 'EC' ? 'ES256' : 'EdDSA', use: 'sig' });
  }
  return { keys, issues };
}

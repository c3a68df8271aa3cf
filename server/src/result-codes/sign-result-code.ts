import { CompactSign } from 'jose';
import { RESULT_CODE_TYP, type ResultCodeClaims } from '@sprout/shared/result-code';
import type { KeyRing } from './key-ring.ts';

/**
 * Signs an outcome as a compact JWS (ES256) with the ring's current key. The header
 * carries only `alg`, `kid` (RFC 7638 thumbprint) and our `typ`: never a key.
 */
export async function signResultCode(claims: ResultCodeClaims, ring: KeyRing): Promise<string> {
  const { kid, key } = await ring.signingKey();
  const payload = new TextEncoder().encode(JSON.stringify(claims));
  return new CompactSign(payload).setProtectedHeader({ alg: 'ES256', kid, typ: RESULT_CODE_TYP }).sign(key);
}

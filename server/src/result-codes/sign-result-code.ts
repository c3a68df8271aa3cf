import { KeyObject, sign } from 'node:crypto';
import { RESULT_CODE_TYP, type ResultCodeClaims } from '@sprout/shared/result-code';
import type { KeyRing } from './key-ring.ts';

type SigningKey = Awaited<ReturnType<KeyRing['signingKey']>>['key'];

// node:crypto signs with the same OpenSSL as WebCrypto at half the CPU (no job, no promise
// per signature), which a submission of an app issuing codes pays once: the key object
// is made once per key.
const keyObjects = new WeakMap<SigningKey, KeyObject>();
const keyObjectOf = (key: SigningKey): KeyObject => {
  const found = keyObjects.get(key) ?? KeyObject.from(key);
  keyObjects.set(key, found);
  return found;
};

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/**
 * Signs an outcome as a compact JWS (ES256) with the ring's current key. The header
 * carries only `alg`, `kid` (RFC 7638 thumbprint) and our `typ`: never a key.
 */
export async function signResultCode(claims: ResultCodeClaims, ring: KeyRing): Promise<string> {
  const { kid, key } = await ring.signingKey();
  const signingInput = `${base64url(JSON.stringify({ alg: 'ES256', kid, typ: RESULT_CODE_TYP }))}.${base64url(JSON.stringify(claims))}`;
  // ES256 in JWS is the raw r‖s pair (IEEE P1363), not DER.
  const signature = sign('sha256', Buffer.from(signingInput), { key: keyObjectOf(key), dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${signature.toString('base64url')}`;
}

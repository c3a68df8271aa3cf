import { KeyObject, sign } from 'node:crypto';
import { RESULT_CODE_TYP, type ResultCodeClaims } from '@sprout/shared/result-code';
import type { KeyRing } from './key-ring.ts';
import type { Es256Signer } from './off-thread-signer.ts';

type SigningKey = Awaited<ReturnType<KeyRing['signingKey']>>['key'];

// node:crypto signs with the same OpenSSL as WebCrypto at half the CPU (no job, no promise
// per signature), which a submission of an app issuing codes pays once: the key object
// is made once per key (and goes to the signing thread as it is).
const keyObjects = new WeakMap<SigningKey, KeyObject>();
const keyObjectOf = (key: SigningKey): KeyObject => {
  const found = keyObjects.get(key) ?? KeyObject.from(key);
  keyObjects.set(key, found);
  return found;
};

const base64url = (text: string) => Buffer.from(text).toString('base64url');

// The encoded header is the same for every code a key signs: made once per key.
let lastHeader = { kid: '', encoded: '' };
const protectedHeader = (kid: string): string => {
  if (lastHeader.kid !== kid) {
    lastHeader = { kid, encoded: base64url(JSON.stringify({ alg: 'ES256', kid, typ: RESULT_CODE_TYP })) };
  }
  return lastHeader.encoded;
};

/** Signs on the calling thread; the server passes an off-thread signer instead. */
export const signOnThisThread: Es256Signer = {
  // ES256 in JWS is the raw r‖s pair (IEEE P1363), not DER.
  sign: async (input, key) =>
    sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url'),
};

/**
 * Signs an outcome as a compact JWS (ES256) with the ring's current key. The header
 * carries only `alg`, `kid` (RFC 7638 thumbprint) and our `typ`: never a key.
 */
export async function signResultCode(
  claims: ResultCodeClaims,
  ring: KeyRing,
  signer: Es256Signer = signOnThisThread,
): Promise<string> {
  const { kid, key } = await ring.signingKey();
  const signingInput = `${protectedHeader(kid)}.${base64url(JSON.stringify(claims))}`;
  return `${signingInput}.${await signer.sign(signingInput, keyObjectOf(key))}`;
}

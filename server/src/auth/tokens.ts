import { createHash, randomBytes } from 'node:crypto';
import { pooledRandomBytes } from './pooled-random.ts';

export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** Sessions are stored by the hash of their cookie, so a leaked database grants no login. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

// Crockford base32 without I, L, O, U: readable over the phone, no look-alikes.
const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A receipt code a resident can read aloud: 10 characters, 50 bits of randomness. */
export function receiptCode(): string {
  let code = '';
  for (const b of pooledRandomBytes(10)) code += RECEIPT_ALPHABET[b & 31];
  return code;
}

export function slugToken(): string {
  const bytes = randomBytes(8);
  return Array.from(bytes, (b) => RECEIPT_ALPHABET[b & 31])
    .join('')
    .toLowerCase();
}

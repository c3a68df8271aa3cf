import { randomBytes } from 'node:crypto';

// Random bytes drawn 4 KB at a time from the same CSPRNG: one call into OpenSSL per few
// hundred receipt codes and revocation ids on the hot submit path instead of one each.
let pool = Buffer.alloc(0);
let offset = 0;

/** `n` (≤ 4096) fresh random bytes; read them before the next call, which may reuse the pool. */
export function pooledRandomBytes(n: number): Buffer {
  if (offset + n > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  offset += n;
  return pool.subarray(offset - n, offset);
}

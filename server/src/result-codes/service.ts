import { createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { MAX_RESULT_CODE_VALID_HOURS, type ResultCodeClaims } from '@sprout/shared/result-code';
import { openKeyRing, type KeyRing } from './key-ring.ts';
import { createFileOnce } from './shared-files.ts';
import { createOffThreadSigner, type Es256Signer } from './off-thread-signer.ts';
import { signResultCode } from './sign-result-code.ts';
import { pseudonymousSubject } from './subject.ts';

/** What the routes need of result codes: signing, the public keys, and the deployment secret's uses. */
export interface ResultCodeService {
  /** The configured public base URL (`https://sprout.example`), or undefined to take the request's origin. */
  publicBaseUrl: string | undefined;
  /** This deployment's name as verifiers show it (e.g. 余杭区); the host when unset. */
  name: string | undefined;
  sign(claims: ResultCodeClaims): Promise<string>;
  publicJwks(nowMs: number): Promise<JWK[]>;
  rotate(nowMs: number): Promise<string>;
  /** Keyed hash of the subject field's value (e.g. the ID number). */
  subject(value: string): Promise<string>;
  /** The token that lets a resident correct a returned submission: a keyed hash of its receipt code. */
  editToken(receiptCode: string): Promise<string>;
}

export interface ResultCodeServiceOptions {
  /** The data directory: keys go under `keys/`, the secret in `result-code-secret`. */
  dataDir: string;
  publicBaseUrl?: string | undefined;
  name?: string | undefined;
  /**
   * How long a retired key stays published. Never less than the longest validity a code
   * may have (90 days), because a code signed just before a rotation lives that long.
   */
  keepSeconds?: number;
}

/** The deployment secret: generated once, kept 0600 in the data directory, never served. */
function readSecret(dataDir: string): string {
  const file = join(dataDir, 'result-code-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // Nodes sharing the data directory may start together: the first one's secret is kept.
    createFileOnce(file, randomBytes(32).toString('base64url'));
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Result codes for one deployment. The key ring opens on first use, so `createApp`
 * stays synchronous; every later call reuses it.
 */
export function createResultCodeService(options: ResultCodeServiceOptions): ResultCodeService {
  let ring: Promise<KeyRing> | undefined;
  let signer: Es256Signer | undefined;
  const keys = () => {
    const keepSeconds = Math.max(options.keepSeconds ?? 0, MAX_RESULT_CODE_VALID_HOURS * 3600);
    ring ??= openKeyRing({ dir: join(options.dataDir, 'keys'), keepSeconds });
    return ring;
  };
  // The secret as a key object, made once: given as text, each HMAC imported it again
  // (~0.7 µs of the two HMACs every signed submission computes). Same bytes, same hashes.
  let secret: KeyObject | undefined;
  const getSecret = () => {
    secret ??= createSecretKey(Buffer.from(readSecret(options.dataDir), 'utf8'));
    return secret;
  };
  return {
    publicBaseUrl: options.publicBaseUrl?.replace(/\/+$/, ''),
    name: options.name,
    sign: async (claims) => {
      signer ??= createOffThreadSigner();
      return signResultCode(claims, await keys(), signer);
    },
    publicJwks: async (nowMs) => (await keys()).publicJwks(nowMs),
    rotate: async (nowMs) => (await keys()).rotate(nowMs),
    subject: async (value) => pseudonymousSubject(value, getSecret()),
    editToken: async (receipt) =>
      createHmac('sha256', getSecret()).update(`edit:${receipt}`).digest().subarray(0, 18).toString('base64url'),
  };
}

/** For `createApp` without a data directory (unit tests): keys in a fresh temporary folder. */
export function temporaryResultCodeService(): ResultCodeService {
  return createResultCodeService({ dataDir: mkdtempSync(join(tmpdir(), 'sprout-rc-')) });
}

import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

// WebCrypto's key type, named through jose so the server needs no DOM typings.
type CryptoKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/** A signing key as the ring holds it: the private JWK never leaves the server. */
export interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  createdAt: string;
  /** When a newer key took over signing; the key still verifies codes it signed until they expire. */
  retiredAt?: string;
}

export interface KeyRing {
  /** The key that signs new codes. */
  signingKey(): Promise<{ kid: string; key: CryptoKey }>;
  /** Public keys still needed to verify live codes: the signing key and retired ones within `keepSeconds`. */
  publicJwks(nowMs: number): JWK[];
  /** Makes a fresh key the signing key; the previous one is retired, not deleted. */
  rotate(nowMs: number): Promise<string>;
}

export interface KeyRingOptions {
  /** Folder for the key files (created with 0700, files 0600). */
  dir: string;
  /** How long a retired key keeps verifying: at least the longest validity of a code. */
  keepSeconds: number;
}

async function newKey(nowMs: number): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const stamp = { kid, alg: 'ES256', use: 'sig' };
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), ...stamp },
    publicJwk: { ...publicJwk, ...stamp },
    createdAt: new Date(nowMs).toISOString(),
  };
}

/**
 * ES256 keys for result codes, kept as JWK files in the data directory so they survive
 * restarts and a deployment can back them up with its data. The newest key signs.
 */
export async function openKeyRing(options: KeyRingOptions, nowMs = Date.now()): Promise<KeyRing> {
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const keys: StoredKey[] = readdirSync(options.dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(options.dir, f), 'utf8')) as StoredKey)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const save = (k: StoredKey) => {
    const file = join(options.dir, `${k.createdAt.replace(/[:.]/g, '-')}-${k.kid.slice(0, 8)}.json`);
    writeFileSync(file, JSON.stringify(k, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  };
  if (keys.length === 0) {
    const first = await newKey(nowMs);
    save(first);
    keys.push(first);
  }
  let cached: { kid: string; key: CryptoKey } | undefined;
  const current = () => keys[keys.length - 1] as StoredKey;

  return {
    async signingKey() {
      const k = current();
      if (cached?.kid !== k.kid) cached = { kid: k.kid, key: (await importJWK(k.privateJwk, 'ES256')) as CryptoKey };
      return cached;
    },
    publicJwks(now) {
      return keys
        .filter((k) => !k.retiredAt || Date.parse(k.retiredAt) + options.keepSeconds * 1000 > now)
        .map((k) => k.publicJwk);
    },
    async rotate(now) {
      const previous = current();
      previous.retiredAt = new Date(now).toISOString();
      save(previous);
      const next = await newKey(now);
      save(next);
      keys.push(next);
      return next.kid;
    },
  };
}

export function hasKeys(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.json'));
}

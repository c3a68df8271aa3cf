import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { createFileOnce, replaceFile } from './shared-files.ts';

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
  /**
   * How often signing looks at the folder for another node's rotation (default 1 s): a
   * look is a stat, which every submission would otherwise pay. Meanwhile this node signs
   * with the key it had, which stays published and valid after a rotation.
   */
  recheckMs?: number;
  /** Milliseconds now, for `recheckMs` (tests pass their own). */
  clockMs?: () => number;
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

/** How old a change of the key folder must be before its modification time alone is trusted. */
const SETTLED_MS = 2000;

interface KeyFile {
  file: string;
  key: StoredKey;
}

/** The key files with what changes when one is written (name and modification time). */
function listKeyFiles(dir: string): { names: string[]; signature: string } {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return { names, signature: names.map((f) => `${f}@${statSync(join(dir, f)).mtimeMs}`).join('/') };
}

/**
 * Retired keys first, then the others by creation time: the last one signs. (Retirement
 * decides, not the time alone: an injected clock may stamp a new key earlier than the first.)
 */
function readKeyFiles(dir: string, names: string[]): KeyFile[] {
  const order = (k: StoredKey) => `${k.retiredAt ? 0 : 1}${k.createdAt}`;
  return names
    .map((file) => ({ file, key: JSON.parse(readFileSync(join(dir, file), 'utf8')) as StoredKey }))
    .sort((a, b) => order(a.key).localeCompare(order(b.key)));
}

/**
 * ES256 keys for result codes, kept as JWK files in the data directory so they survive
 * restarts and a deployment can back them up with its data. The newest key signs.
 * Server nodes that share the directory sign with the same keys: the folder is read
 * again whenever its listing changed (a rotation on another node adds a file; signing
 * looks for one at most every `recheckMs`), and the
 * first key is created once even when several nodes start together.
 */
export async function openKeyRing(options: KeyRingOptions, nowMs = Date.now()): Promise<KeyRing> {
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });
  const save = (file: string, k: StoredKey) => replaceFile(join(options.dir, file), JSON.stringify(k, null, 2));
  if (listKeyFiles(options.dir).names.length === 0) {
    // A fixed name, so of two nodes starting on an empty folder only one key is kept.
    createFileOnce(join(options.dir, '0000-first-key.json'), JSON.stringify(await newKey(nowMs), null, 2));
  }
  let seen = '';
  let files: KeyFile[] = [];
  let folderStamp = '';
  const refresh = () => {
    // Every write here renames or links a file into the folder, which moves the folder's
    // modification time: one stat per signature instead of a listing and a stat per key.
    // A change younger than the coarsest file-system clock (1 s on some) is not trusted.
    const folder = statSync(options.dir);
    const stamp = `${folder.mtimeMs}/${folder.ctimeMs}`;
    if (stamp === folderStamp && Date.now() - folder.mtimeMs > SETTLED_MS) return files;
    folderStamp = stamp;
    const { names, signature } = listKeyFiles(options.dir);
    if (signature !== seen) {
      files = readKeyFiles(options.dir, names);
      seen = signature;
    }
    return files;
  };
  const current = () => refresh().at(-1) as KeyFile;
  const recheckMs = options.recheckMs ?? 1000;
  const clockMs = options.clockMs ?? Date.now;
  let lookedAt = Number.NEGATIVE_INFINITY;
  const signing = (): KeyFile => {
    const now = clockMs();
    if (now - lookedAt < recheckMs) return files.at(-1) as KeyFile;
    lookedAt = now;
    return current();
  };
  let cached: { kid: string; key: CryptoKey } | undefined;

  return {
    async signingKey() {
      const { key: k } = signing();
      if (cached?.kid !== k.kid) cached = { kid: k.kid, key: (await importJWK(k.privateJwk, 'ES256')) as CryptoKey };
      return cached;
    },
    publicJwks(now) {
      return refresh()
        .map((f) => f.key)
        .filter((k) => !k.retiredAt || Date.parse(k.retiredAt) + options.keepSeconds * 1000 > now)
        .map((k) => k.publicJwk);
    },
    async rotate(now) {
      const previous = current();
      const next = await newKey(now);
      // The new key first: a node that reads the folder in between still finds a signing key.
      save(`${next.createdAt.replace(/[:.]/g, '-')}-${next.kid.slice(0, 8)}.json`, next);
      save(previous.file, { ...previous.key, retiredAt: new Date(now).toISOString() });
      // This node signs with the new key at once; other nodes within `recheckMs`.
      lookedAt = Number.NEGATIVE_INFINITY;
      return next.kid;
    },
  };
}

export function hasKeys(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.json'));
}

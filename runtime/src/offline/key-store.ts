/** Where the outbox's encryption key lives; `undefined` when this browser cannot keep one. */
export interface KeyStore {
  key(): Promise<CryptoKey | undefined>;
}

const DB = 'sprout-keys';
const STORE = 'keys';
const NAME = 'outbox';

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

function openDb(idb: IDBFactory): Promise<IDBDatabase> {
  const open = idb.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

/**
 * An AES-GCM key made non-extractable and kept in IndexedDB: scripts on the page can
 * use it but never read its bytes, and clearing site data destroys it with the queue.
 * Answers `undefined` without IndexedDB or WebCrypto (an http:// page is not a secure context).
 */
export function createIndexedDbKeyStore(idb: IDBFactory | undefined = globalThis.indexedDB): KeyStore {
  let cached: Promise<CryptoKey | undefined> | undefined;
  const load = async (): Promise<CryptoKey | undefined> => {
    if (!idb || !globalThis.crypto?.subtle) return undefined;
    const db = await openDb(idb);
    try {
      const found = await request(db.transaction(STORE).objectStore(STORE).get(NAME));
      if (found instanceof CryptoKey) return found;
      const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(key, NAME));
      return key;
    } finally {
      db.close();
    }
  };
  return {
    key: () => {
      cached ??= load().catch(() => undefined);
      return cached;
    },
  };
}

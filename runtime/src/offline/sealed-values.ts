import type { KeyStore } from './key-store.ts';
import type { QueuedSubmission } from './submission-queue.ts';

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

type Item = Omit<QueuedSubmission, 'queuedAt' | 'attempts'>;

/**
 * Keeps a queued submission's personal answers encrypted at rest: `seal` moves the named
 * answers into an AES-GCM box bound to the item's key (so a box cannot be moved to another
 * item), `open` puts them back just before sending. Without a key (no WebCrypto, e.g. a
 * plain-http page) the answers stay in this page's memory only and never reach storage.
 * @example const sealer = createValueSealer(createIndexedDbKeyStore()); queue.enqueue(await sealer.seal(item, ['idNumber']));
 */
export function createValueSealer(keys: KeyStore) {
  const inMemory = new Map<string, Record<string, unknown>>();
  const aad = (item: { key: string }) => new TextEncoder().encode(item.key);
  return {
    async seal(item: Item, sensitive: readonly string[]): Promise<Item> {
      const secret = Object.fromEntries(Object.entries(item.values).filter(([k]) => sensitive.includes(k)));
      if (Object.keys(secret).length === 0) return item;
      const values = Object.fromEntries(Object.entries(item.values).filter(([k]) => !sensitive.includes(k)));
      const key = await keys.key();
      if (!key) {
        inMemory.set(item.key, secret);
        return { ...item, values };
      }
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const plain = new TextEncoder().encode(JSON.stringify(secret));
      const data = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(item) }, key, plain),
      );
      return { ...item, values, sealed: { iv: toBase64(iv), data: toBase64(data) } };
    },
    /** The item with its answers whole again; throws if the box was tampered with or the key is gone. */
    async open(item: QueuedSubmission): Promise<QueuedSubmission> {
      const held = inMemory.get(item.key);
      if (!item.sealed) return held ? { ...item, values: { ...item.values, ...held } } : item;
      const key = await keys.key();
      if (!key) throw new Error('the outbox key is gone: this submission cannot be opened');
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(item.sealed.iv), additionalData: aad(item) },
        key,
        fromBase64(item.sealed.data),
      );
      const secret = JSON.parse(new TextDecoder().decode(plain)) as Record<string, unknown>;
      const { sealed: _box, ...rest } = item;
      return { ...rest, values: { ...item.values, ...secret } };
    },
  };
}

import { describe, expect, it } from 'vitest';
import type { KeyStore } from './key-store.ts';
import { createValueSealer } from './sealed-values.ts';

const ID = '11010519491231002X';

/** A key as the IndexedDB store makes it: AES-GCM, not extractable. */
function memoryKeys(): KeyStore {
  const key = crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return { key: () => key };
}

const item = {
  key: 'k-1',
  slug: 'health-code',
  version: 1,
  values: { name: '王小明', idNumber: ID, temperature: 36.5 },
  locale: 'zh-CN',
};

describe('createValueSealer', () => {
  it('keeps the named answers only inside an AES-GCM box and opens them back for sending', async () => {
    const sealer = createValueSealer(memoryKeys());
    const sealed = await sealer.seal(item, ['name', 'idNumber']);
    expect(sealed.values).toEqual({ temperature: 36.5 });
    expect(JSON.stringify(sealed)).not.toContain(ID);
    expect(JSON.stringify(sealed)).not.toContain('王小明');
    const opened = await sealer.open({ ...sealed, queuedAt: 0, attempts: 0 });
    expect(opened.values).toEqual(item.values);
    expect(opened.sealed).toBeUndefined();
  });

  it('refuses a box moved onto another item or altered', async () => {
    const sealer = createValueSealer(memoryKeys());
    const sealed = await sealer.seal(item, ['idNumber']);
    await expect(sealer.open({ ...sealed, key: 'k-2', queuedAt: 0, attempts: 0 })).rejects.toThrow();
    const data = sealed.sealed!.data;
    const flipped = `${data.slice(0, 4)}${data[4] === 'A' ? 'B' : 'A'}${data.slice(5)}`;
    await expect(
      sealer.open({ ...sealed, sealed: { ...sealed.sealed!, data: flipped }, queuedAt: 0, attempts: 0 }),
    ).rejects.toThrow();
  });

  it('without a key keeps the answers in page memory only', async () => {
    const sealer = createValueSealer({ key: async () => undefined });
    const sealed = await sealer.seal(item, ['idNumber']);
    expect(JSON.stringify(sealed)).not.toContain(ID);
    expect((await sealer.open({ ...sealed, queuedAt: 0, attempts: 0 })).values.idNumber).toBe(ID);
  });

  it('leaves an item without sensitive answers as it is', async () => {
    const sealer = createValueSealer(memoryKeys());
    expect(await sealer.seal(item, [])).toBe(item);
  });
});

import { describe, expect, it } from 'vitest';
import { createDraftStore, createMemoryStorage, DRAFT_TTL_MS } from './draft-store.ts';

function setup() {
  let t = 1_000_000;
  const storage = createMemoryStorage();
  const drafts = createDraftStore({ storage, now: () => t });
  return { storage, drafts, advance: (ms: number) => (t += ms) };
}

describe('createDraftStore', () => {
  it('keeps a draft per app and version', () => {
    const { drafts } = setup();
    drafts.save('health-code', 2, { name: '张三' });
    expect(drafts.load('health-code', 2)?.values).toEqual({ name: '张三' });
    expect(drafts.load('health-code', 3)).toBeUndefined();
    expect(drafts.load('other', 2)).toBeUndefined();
  });

  it('expires a draft after 7 days and deletes it', () => {
    const { drafts, storage, advance } = setup();
    drafts.save('a', 1, { x: 1 });
    advance(DRAFT_TTL_MS - 1);
    expect(drafts.load('a', 1)).toBeDefined();
    advance(2);
    expect(drafts.load('a', 1)).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  it('purges expired drafts of every app', () => {
    const { drafts, storage, advance } = setup();
    drafts.save('a', 1, { x: 1 });
    advance(DRAFT_TTL_MS + 1);
    drafts.save('b', 1, { x: 2 });
    drafts.purgeExpired();
    expect(storage.length).toBe(1);
    expect(drafts.load('b', 1)).toBeDefined();
  });

  it('switched off, deletes every draft and saves none until switched on again', () => {
    const { drafts } = setup();
    drafts.save('a', 1, { x: 1 });
    drafts.setEnabled(false);
    expect(drafts.isEnabled()).toBe(false);
    expect(drafts.load('a', 1)).toBeUndefined();
    drafts.save('a', 1, { x: 2 });
    expect(drafts.load('a', 1)).toBeUndefined();
    drafts.setEnabled(true);
    drafts.save('a', 1, { x: 3 });
    expect(drafts.load('a', 1)?.values).toEqual({ x: 3 });
  });

  it('treats broken or unavailable storage as no drafts rather than failing the page', () => {
    const storage = createMemoryStorage();
    storage.setItem('sprout:draft:a@1', '{not json');
    expect(createDraftStore({ storage }).load('a', 1)).toBeUndefined();
    const none = createDraftStore({ storage: undefined });
    none.save('a', 1, {});
    expect(none.load('a', 1)).toBeUndefined();
  });
});

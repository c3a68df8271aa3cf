import { describe, expect, it } from 'vitest';
import { addPage } from './add-page.ts';
import { deletePage } from './delete-page.ts';
import { ids, sampleDefinition } from './fixtures.ts';
import { movePage } from './move-page.ts';
import { renamePage } from './rename-page.ts';

describe('page commands', () => {
  it('adds, renames, moves and deletes pages', () => {
    let def = addPage(sampleDefinition(), { kind: 'add-page', page: { id: 'p3', title: '第 3 页', nodes: [] } });
    expect(ids(def.pages)).toEqual(['p1', 'p2', 'p3']);
    def = renamePage(def, { kind: 'rename-page', id: 'p3', title: '健康' });
    expect(def.pages[2]?.title).toBe('健康');
    def = movePage(def, { kind: 'move-page', id: 'p3', index: 0 });
    expect(ids(def.pages)).toEqual(['p3', 'p1', 'p2']);
    def = deletePage(def, { kind: 'delete-page', id: 'p1' });
    expect(ids(def.pages)).toEqual(['p3', 'p2']);
  });
  it('keeps the last page and refuses a duplicate page id', () => {
    const one = deletePage(sampleDefinition(), { kind: 'delete-page', id: 'p2' });
    expect(deletePage(one, { kind: 'delete-page', id: 'p1' })).toBe(one);
    expect(addPage(one, { kind: 'add-page', page: { id: 'a', nodes: [] } })).toBe(one);
  });
});

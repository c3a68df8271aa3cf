import { describe, expect, it } from 'vitest';
import { ids, sampleDefinition } from './fixtures.ts';
import { moveNode } from './move-node.ts';

describe('move-node', () => {
  it('reorders within a list, counting the index before the move', () => {
    const def = sampleDefinition();
    const down = moveNode(def, { kind: 'move-node', id: 'a', to: { pageId: 'p1', index: 2 } });
    expect(ids(down.pages[0]?.nodes)).toEqual(['b', 'a', 's', 'r']);
    const up = moveNode(def, { kind: 'move-node', id: 'r', to: { pageId: 'p1', index: 0 } });
    expect(ids(up.pages[0]?.nodes)).toEqual(['r', 'a', 'b', 's']);
  });

  it('moves into and out of sections and repeat groups', () => {
    let def = sampleDefinition();
    def = moveNode(def, { kind: 'move-node', id: 'a', to: { pageId: 'p1', parentId: 'r', index: 0 } });
    expect(ids(def.pages[0]?.nodes)).toEqual(['b', 's', 'r']);
    expect(ids(def.pages[0]?.nodes[2]?.children)).toEqual(['a']);
    def = moveNode(def, { kind: 'move-node', id: 'c', to: { pageId: 'p1', index: 0 } });
    expect(ids(def.pages[0]?.nodes)).toEqual(['c', 'b', 's', 'r']);
    expect(def.pages[0]?.nodes[2]?.children).toEqual([]);
  });

  it('moves across pages', () => {
    const def = moveNode(sampleDefinition(), { kind: 'move-node', id: 's', to: { pageId: 'p2', index: 1 } });
    expect(ids(def.pages[1]?.nodes)).toEqual(['d', 's']);
    expect(ids(def.pages[1]?.nodes[1]?.children)).toEqual(['c']);
  });

  it('never moves a container into itself, and a no-op keeps the object', () => {
    const def = sampleDefinition();
    expect(moveNode(def, { kind: 'move-node', id: 's', to: { pageId: 'p1', parentId: 's', index: 0 } })).toBe(def);
    expect(moveNode(def, { kind: 'move-node', id: 'a', to: { pageId: 'p1', index: 1 } })).toBe(def);
    expect(moveNode(def, { kind: 'move-node', id: 'zz', to: { pageId: 'p1', index: 1 } })).toBe(def);
  });
});

import { describe, expect, it } from 'vitest';
import { deleteNode } from './delete-node.ts';
import { ids, sampleDefinition } from './fixtures.ts';

describe('delete-node', () => {
  it('removes a top-level node, a nested one, and a container with its children', () => {
    let def = deleteNode(sampleDefinition(), { kind: 'delete-node', id: 'b' });
    expect(ids(def.pages[0]?.nodes)).toEqual(['a', 's', 'r']);
    def = deleteNode(def, { kind: 'delete-node', id: 'c' });
    expect(def.pages[0]?.nodes[1]?.children).toEqual([]);
    def = deleteNode(def, { kind: 'delete-node', id: 's' });
    expect(ids(def.pages[0]?.nodes)).toEqual(['a', 'r']);
  });
  it('ignores an unknown id', () => {
    const def = sampleDefinition();
    expect(deleteNode(def, { kind: 'delete-node', id: 'nope' })).toBe(def);
  });
});

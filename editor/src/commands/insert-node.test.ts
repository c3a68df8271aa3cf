import { describe, expect, it } from 'vitest';
import { createNode } from './create-node.ts';
import { ids, sampleDefinition } from './fixtures.ts';
import { insertNode } from './insert-node.ts';

describe('insert-node', () => {
  it('inserts at an index on a page, inside a section and inside a repeat group', () => {
    let def = sampleDefinition();
    def = insertNode(def, {
      kind: 'insert-node',
      node: { id: 'x', type: 'text', name: 'x' },
      at: { pageId: 'p1', index: 1 },
    });
    expect(ids(def.pages[0]?.nodes)).toEqual(['a', 'x', 'b', 's', 'r']);
    def = insertNode(def, {
      kind: 'insert-node',
      node: { id: 'y', type: 'text' },
      at: { pageId: 'p1', parentId: 's', index: 0 },
    });
    expect(ids(def.pages[0]?.nodes[3]?.children)).toEqual(['y', 'c']);
    def = insertNode(def, {
      kind: 'insert-node',
      node: { id: 'z', type: 'text' },
      at: { pageId: 'p1', parentId: 'r', index: 9 },
    });
    expect(ids(def.pages[0]?.nodes[4]?.children)).toEqual(['z']);
  });

  it('refuses a duplicate id or a missing page, returning the same object', () => {
    const def = sampleDefinition();
    expect(
      insertNode(def, { kind: 'insert-node', node: { id: 'a', type: 'text' }, at: { pageId: 'p1', index: 0 } }),
    ).toBe(def);
    expect(
      insertNode(def, { kind: 'insert-node', node: { id: 'q', type: 'text' }, at: { pageId: 'nope', index: 0 } }),
    ).toBe(def);
  });

  it('leaves untouched pages with their identity (cheap re-renders)', () => {
    const def = sampleDefinition();
    const next = insertNode(def, {
      kind: 'insert-node',
      node: { id: 'x', type: 'text' },
      at: { pageId: 'p1', index: 0 },
    });
    expect(next.pages[1]).toBe(def.pages[1]);
  });

  it('creates nodes with default props, a fresh id and a free data key', () => {
    const def = sampleDefinition();
    const node = createNode(def, 'radio');
    expect(node).toMatchObject({ id: 'radio-1', type: 'radio', name: 'radio' });
    expect(node.props?.options).toHaveLength(2);
    expect(createNode(def, 'text').name).toBe('text');
    expect(createNode(def, 'section').children).toEqual([]);
    expect(createNode(def, 'divider').name).toBeUndefined();
    expect(() => createNode(def, 'nope')).toThrow(/Unknown component/);
  });
});

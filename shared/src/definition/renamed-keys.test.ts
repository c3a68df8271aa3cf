import { describe, expect, it } from 'vitest';
import { createBlankDefinition } from './defaults.ts';
import { renamedKeys } from './renamed-keys.ts';
import type { AppDefinition, AppNode } from './types.ts';

function app(nodes: AppNode[]): AppDefinition {
  const def = createBlankDefinition('测试');
  def.pages[0]!.nodes = nodes;
  return def;
}

describe('keys stable once published', () => {
  const v1 = app([
    { id: 'a', type: 'text', name: 'phone' },
    { id: 's', type: 'section', children: [{ id: 'b', type: 'text', name: 'address' }] },
  ]);

  it('finds a question whose key changed, by its node id, wherever it moved', () => {
    const draft = app([{ id: 's', type: 'section', children: [{ id: 'a', type: 'text', name: 'tel' }] }]);
    expect(renamedKeys([v1], draft)).toEqual([
      { path: 'pages[0].nodes[0].children[0].name', name: 'tel', published: 'phone' },
    ]);
  });

  it('lets questions be removed or added, and keys of questions added since change freely', () => {
    const draft = app([
      { id: 'a', type: 'text', name: 'phone' },
      { id: 'c', type: 'text', name: 'anything' },
    ]);
    expect(renamedKeys([v1], draft)).toEqual([]);
    expect(renamedKeys([], draft)).toEqual([]);
  });

  it('holds a question to the key of the newest version that has it (an old rename stays as it is)', () => {
    const v2 = app([{ id: 'a', type: 'text', name: 'mobile' }]);
    expect(renamedKeys([v2, v1], app([{ id: 'a', type: 'text', name: 'mobile' }]))).toEqual([]);
    expect(renamedKeys([v2, v1], app([{ id: 'a', type: 'text', name: 'phone' }]))).toEqual([
      { path: 'pages[0].nodes[0].name', name: 'phone', published: 'mobile' },
    ]);
  });
});

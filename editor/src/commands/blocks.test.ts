import { type AppNode, analyzeExpression, createBlankDefinition, T } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import type { LibraryBlock } from './copy-block.ts';
import { replay } from './index.ts';

const yesNo = [
  { value: '是', label: '是' },
  { value: '否', label: '否' },
];
const tripNodes: AppNode[] = [
  { id: 'r', type: 'radio', name: 'returned', props: { label: '是否返乡', options: yesNo } },
  { id: 'f', type: 'text', name: 'from', props: { label: '从哪里返回' }, visibleWhen: 'returned == "returned"' },
];
const v1: LibraryBlock = { id: 7, version: 1, name: '返乡行程', nodes: tripNodes };

function appWith(nodes: AppNode[]) {
  const def = createBlankDefinition('健康申报');
  def.pages[0]!.nodes = nodes;
  return def;
}

describe('blocks in an app', () => {
  it('inserts a copy with fresh ids and provenance; keys that clash are renamed, in its conditions too', () => {
    const def = appWith([{ id: 'r', type: 'radio', name: 'returned', props: { label: '别的问题' } }]);
    const next = replay(def, [{ kind: 'insert-block', block: v1, at: { pageId: def.pages[0]!.id, index: 1 } }]);
    const root = next.pages[0]!.nodes[1]!;
    expect(root).toMatchObject({ type: 'section', props: { title: '返乡行程' }, block: { id: 7, version: 1 } });
    const [radio, from] = root.children!;
    expect(radio!.id).not.toBe('r');
    expect(radio!.name).toBe('returned2');
    // The key is renamed where it is read; the text "returned" inside quotes is not.
    expect(from!.visibleWhen).toBe('returned2 == "returned"');
    expect(analyzeExpression(from!.visibleWhen!, (n) => (n === 'returned2' ? T.string : undefined)).problems).toEqual(
      [],
    );
  });

  it('upgrades an inserted block in place to a newer version, keeping its keys', () => {
    const def = appWith([]);
    const pageId = def.pages[0]!.id;
    const inserted = replay(def, [{ kind: 'insert-block', block: v1, at: { pageId, index: 0 } }]);
    const rootId = inserted.pages[0]!.nodes[0]!.id;
    const v2: LibraryBlock = {
      ...v1,
      version: 2,
      nodes: [...tripNodes, { id: 'd', type: 'date', name: 'returnDate', props: { label: '返乡日期' } }],
    };
    const upgraded = replay(inserted, [{ kind: 'upgrade-block', id: rootId, block: v2 }]);
    const root = upgraded.pages[0]!.nodes[0]!;
    expect(root.block).toEqual({ id: 7, version: 2, name: '返乡行程' });
    expect(root.children!.map((n) => n.name)).toEqual(['returned', 'from', 'returnDate']);
    expect(upgraded.pages[0]!.nodes).toHaveLength(1);
  });
});

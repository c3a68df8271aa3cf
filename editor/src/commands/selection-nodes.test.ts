import { type AppNode, analyzeExpression, createBlankDefinition, T } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../store/create-editor-store.ts';
import { replay } from './index.ts';
import { selectionBlock } from './selection-nodes.ts';

const yesNo = [
  { value: '是', label: '是' },
  { value: '否', label: '否' },
];

function health() {
  const def = createBlankDefinition('健康申报');
  def.pages[0]!.nodes = [
    { id: 'nm', type: 'text', name: 'name', props: { label: '姓名' } },
    { id: 'ret', type: 'radio', name: 'returned', props: { label: '近期是否返乡', options: yesNo } },
    {
      id: 'sec',
      type: 'section',
      props: { title: '行程' },
      block: { id: 3, version: 1, name: '行程' },
      children: [{ id: 'frm', type: 'text', name: 'fromCity', visibleWhen: 'returned == "是"' }],
    },
    { id: 'tmp', type: 'number', name: 'temperature', props: { label: '体温' } },
  ];
  return def;
}

describe('a block from several picked nodes', () => {
  it('takes them in document order, a chosen section once with its children, without provenance', () => {
    const picked = selectionBlock(health(), ['tmp', 'frm', 'sec', 'ret']);
    expect(picked.nodes.map((n) => n.id)).toEqual(['ret', 'sec', 'tmp']);
    expect(picked.nodes[1]!.block).toBeUndefined();
    expect(picked.nodes[1]!.children!.map((n) => n.id)).toEqual(['frm']);
    expect(picked.outsideNames).toEqual([]);
  });

  it('names the questions its logic reads from outside the selection', () => {
    expect(selectionBlock(health(), ['nm', 'sec']).outsideNames).toEqual(['returned']);
  });

  it('is inserted back as one unit: a section with fresh ids whose condition still reads its own question', () => {
    const source = health();
    const { nodes } = selectionBlock(source, ['ret', 'sec']);
    const target = health();
    const pageId = target.pages[0]!.id;
    const next = replay(target, [
      { kind: 'insert-block', block: { id: 9, version: 1, name: '返乡行程', nodes }, at: { pageId, index: 4 } },
    ]);
    const root = next.pages[0]!.nodes[4]! as AppNode;
    expect(root).toMatchObject({ type: 'section', props: { title: '返乡行程' }, block: { id: 9, version: 1 } });
    const [radio, section] = root.children!;
    expect(radio!.name).toBe('returned2');
    const follow = section!.children![0]!;
    expect(follow.visibleWhen).toBe('returned2 == "是"');
    expect(analyzeExpression(follow.visibleWhen!, () => T.string).names).toEqual(new Set(['returned2']));
    expect(new Set([radio!.id, section!.id, follow.id]).size).toBe(3);
    expect(['ret', 'sec', 'frm']).not.toContain(radio!.id);
  });
});

describe('multi-selection in the store', () => {
  it('starts from the selected node, toggles by shift/ctrl-click, and falls back to one', () => {
    const store = createEditorStore({ definition: health() });
    const s = () => store.getState();
    s().select('nm');
    s().toggleMulti('tmp');
    s().toggleMulti('ret');
    expect(s().multiIds).toEqual(['nm', 'tmp', 'ret']);
    s().toggleMulti('tmp');
    expect(s().multiIds).toEqual(['nm', 'ret']);
    s().toggleMulti('nm');
    expect(s().multiIds).toEqual([]);
    expect(s().selectedId).toBe('ret');
    s().toggleMulti('tmp');
    s().select('nm');
    expect(s().multiIds).toEqual([]);
  });

  it('forgets a picked node that a command deletes', () => {
    const store = createEditorStore({ definition: health() });
    const s = () => store.getState();
    s().select('nm');
    s().toggleMulti('tmp');
    s().toggleMulti('ret');
    s().dispatch({ kind: 'delete-node', id: 'tmp' });
    expect(s().multiIds).toEqual(['nm', 'ret']);
    s().dispatch({ kind: 'delete-node', id: 'ret' });
    expect(s().multiIds).toEqual([]);
  });
});

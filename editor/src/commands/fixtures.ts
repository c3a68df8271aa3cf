import { type AppDefinition, createBlankDefinition } from '@sprout/shared';

/** A small two-page definition with a section and a repeat group, for command tests. */
export function sampleDefinition(): AppDefinition {
  const def = createBlankDefinition('测试');
  def.pages = [
    {
      id: 'p1',
      title: '第 1 页',
      nodes: [
        { id: 'a', type: 'text', name: 'a', props: { label: 'A' } },
        { id: 'b', type: 'number', name: 'b', props: { label: 'B' } },
        { id: 's', type: 'section', props: { title: '分组' }, children: [{ id: 'c', type: 'text', name: 'c' }] },
        { id: 'r', type: 'repeat', name: 'rows', props: { label: '明细' }, children: [] },
      ],
    },
    { id: 'p2', title: '第 2 页', nodes: [{ id: 'd', type: 'date', name: 'd' }] },
  ];
  return def;
}

/** Ids of a list, for short assertions: `ids(def.pages[0].nodes)`. */
export function ids(nodes: Array<{ id: string }> | undefined): string[] {
  return (nodes ?? []).map((n) => n.id);
}

import { describe, expect, it } from 'vitest';
import type { AppNode } from '../definition/types.ts';
import { blockDiff } from './block-diff.ts';

const yesNo = [
  { value: '是', label: '是' },
  { value: '否', label: '否' },
];
const v1: AppNode[] = [
  {
    id: 's',
    type: 'section',
    props: { title: '返乡行程' },
    children: [
      { id: 'a', type: 'radio', name: 'returned', props: { label: '是否返乡', options: yesNo } },
      { id: 'b', type: 'text', name: 'from', props: { label: '从哪里返回' }, visibleWhen: 'returned == "是"' },
      { id: 'c', type: 'text', name: 'train', props: { label: '车次' } },
    ],
  },
];

describe('blockDiff', () => {
  it('says which questions a new version adds, removes and changes, by label', () => {
    const v2 = structuredClone(v1);
    const kids = v2[0]!.children!;
    kids[1]!.props = { label: '从哪个城市返回' };
    kids[1]!.required = true;
    kids.splice(2, 1, { id: 'd', type: 'date', name: 'returnDate', props: { label: '返乡日期' } });
    expect(blockDiff(v1, v2)).toEqual([
      { kind: 'changed', label: '从哪个城市返回', aspects: ['标题', '必填'] },
      { kind: 'added', label: '返乡日期' },
      { kind: 'removed', label: '车次' },
    ]);
  });

  it('finds nothing to say about the same version', () => {
    expect(blockDiff(v1, structuredClone(v1))).toEqual([]);
  });
});

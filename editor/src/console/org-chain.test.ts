import { describe, expect, it } from 'vitest';
import { orgLevels } from './org-chain.ts';

const orgs = [
  { id: 1, name: '县', parentId: null },
  { id: 2, name: '甲镇', parentId: 1 },
  { id: 3, name: '乙镇', parentId: 1 },
  { id: 4, name: '甲一村', parentId: 2 },
  { id: 5, name: '甲二村', parentId: 2 },
];

describe('orgLevels', () => {
  it('offers the townships when nothing is chosen', () => {
    const levels = orgLevels(orgs, null);
    expect(levels.map((l) => [l.parent.id, l.children.map((c) => c.id), l.chosen])).toEqual([[1, [2, 3], null]]);
  });

  it('drills to a village through its township', () => {
    const levels = orgLevels(orgs, 5);
    expect(levels.map((l) => [l.parent.id, l.chosen])).toEqual([
      [1, 2],
      [2, 5],
    ]);
  });

  it('opens the next level below a chosen township, and stops at a village', () => {
    expect(orgLevels(orgs, 2).map((l) => [l.parent.id, l.chosen])).toEqual([
      [1, 2],
      [2, null],
    ]);
    expect(orgLevels(orgs, 3)).toHaveLength(1);
  });

  it('ignores an org outside the list', () => {
    expect(orgLevels(orgs, 99).map((l) => l.chosen)).toEqual([null]);
  });
});

import { describe, expect, it } from 'vitest';
import { suppressSmallCells } from './suppress-small-cells.ts';
import type { AggregateGroup, StatsField } from './types.ts';

const fields: StatsField[] = [
  { name: 'diagnosis', label: '诊断', kind: 'choice', level: 'L4' },
  { name: 'income', label: '收入', kind: 'number', level: 'L3' },
  { name: 'crop', label: '作物', kind: 'choice', level: 'L1' },
];

const group = (count: number): AggregateGroup => ({
  key: 'all',
  count,
  numbers: { income: { count, sum: 100, mean: 25, min: 1, max: 50 } },
  choices: { diagnosis: { 流感: 3, 无: count - 3 }, crop: { 稻: 1 } },
  dates: {},
});

describe('suppressSmallCells', () => {
  it('nulls personal choice cells under 5 and keeps the rest', () => {
    const [g] = suppressSmallCells([group(20)], fields);
    expect(g?.choices.diagnosis).toEqual({ 流感: null, 无: 17 });
    expect(g?.choices.crop).toEqual({ 稻: 1 });
    expect(g?.numbers.income?.sum).toBe(100);
    expect(g?.suppressed).toBeUndefined();
  });

  it('withholds every personal figure of a group under 5 rows', () => {
    const [g] = suppressSmallCells([group(4)], fields);
    expect(g?.numbers.income).toBeUndefined();
    expect(g?.choices.diagnosis).toBeUndefined();
    expect(g?.choices.crop).toEqual({ 稻: 1 });
    expect(g?.suppressed).toEqual(['diagnosis', 'income']);
  });
});

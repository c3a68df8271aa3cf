import { describe, expect, it } from 'vitest';
import { combineGroups } from './combine-groups.ts';
import type { AggregateGroup } from './types.ts';

const group = (key: string, xs: number[], crops: string[], days: string[]): AggregateGroup => ({
  key,
  count: xs.length,
  numbers: {
    n: {
      count: xs.length,
      sum: xs.length ? xs.reduce((t, x) => t + x, 0) : null,
      mean: xs.length ? xs.reduce((t, x) => t + x, 0) / xs.length : null,
      min: xs.length ? Math.min(...xs) : null,
      max: xs.length ? Math.max(...xs) : null,
    },
  },
  choices: { crop: Object.fromEntries([...new Set(crops)].map((c) => [c, crops.filter((x) => x === c).length])) },
  dates: { d: { min: days.slice().sort()[0] ?? null, max: days.slice().sort().at(-1) ?? null } },
});

describe('combineGroups', () => {
  it('equals the group of all rows at once', () => {
    const a = group('1', [3, 9], ['稻', '麦'], ['2026-01-05', '2026-01-02']);
    const b = group('2', [1], ['稻'], ['2026-02-01']);
    const empty = group('3', [], [], []);
    const all = group('all', [3, 9, 1], ['稻', '麦', '稻'], ['2026-01-05', '2026-01-02', '2026-02-01']);
    expect(combineGroups([a, b, empty], 'all')).toEqual(all);
  });
});

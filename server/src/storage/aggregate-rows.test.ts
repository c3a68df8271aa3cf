import { describe, expect, it } from 'vitest';
import { aggregateRows } from './aggregate-rows.ts';

describe('aggregateRows', () => {
  const rows = [
    { key: 'a', values: { n: 3, c: '稻', m: ['x', 'y'], ok: true, d: '2026-01-02' } },
    { key: 'a', values: { n: 1, c: '麦', m: ['y'], ok: false, d: '2026-01-01' } },
    { key: 'a', values: { n: 'n/a', c: null, m: [{ nested: 1 }], d: 5 } },
    { key: 'b', values: { n: 10 } },
  ];
  const query = {
    appId: 1,
    scopeOrgId: 1,
    filter: {},
    group: { by: 'org' as const },
    numbers: ['n'],
    choices: ['c', 'm', 'ok'],
    dates: ['d'],
  };

  it('sums numbers, counts scalar choices and spans text dates per key, like the SQL passes', () => {
    const [a, b] = aggregateRows(rows, query);
    expect(a).toEqual({
      key: 'a',
      count: 3,
      numbers: { n: { count: 2, sum: 4, mean: 2, min: 1, max: 3 } },
      choices: { c: { 稻: 1, 麦: 1 }, m: { x: 1, y: 2 }, ok: { true: 1, false: 1 } },
      dates: { d: { min: '2026-01-01', max: '2026-01-02' } },
    });
    expect(b?.numbers.n).toEqual({ count: 1, sum: 10, mean: 10, min: 10, max: 10 });
    expect(b?.choices).toEqual({ c: {}, m: {}, ok: {} });
  });

  it('gives medians only ungrouped', () => {
    const all = rows.map((r) => ({ ...r, key: 'all' }));
    expect(aggregateRows(all, { ...query, group: { by: 'none' }, medians: true })[0]?.numbers.n?.median).toBe(3);
    expect(aggregateRows(rows, { ...query, medians: true })[0]?.numbers.n?.median).toBeUndefined();
  });
});

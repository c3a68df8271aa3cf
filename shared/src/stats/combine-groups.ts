import type { AggregateGroup, NumberSummary } from './types.ts';

function combineNumbers(a: NumberSummary | undefined, b: NumberSummary): NumberSummary {
  if (!a) return { ...b, median: undefined };
  const count = a.count + b.count;
  const sum = a.sum === null ? b.sum : b.sum === null ? a.sum : a.sum + b.sum;
  const pick = (x: number | null, y: number | null, f: (p: number, q: number) => number) =>
    x === null ? y : y === null ? x : f(x, y);
  return {
    count,
    sum,
    mean: count > 0 && sum !== null ? sum / count : null,
    min: pick(a.min, b.min, Math.min),
    max: pick(a.max, b.max, Math.max),
  };
}

const earlier = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x < y ? x : y);
const later = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x > y ? x : y);

/**
 * The group all these groups make together: counts and sums add up, min and max
 * carry, means are recomputed from sum and count. Medians do not combine and are
 * dropped. Works on raw groups, before small cells are suppressed.
 * @example combineGroups(townships, 'all').numbers.population.sum // the county's total
 */
export function combineGroups(groups: readonly AggregateGroup[], key: string): AggregateGroup {
  const out: AggregateGroup = { key, count: 0, numbers: {}, choices: {}, dates: {} };
  for (const g of groups) {
    out.count += g.count;
    for (const [name, s] of Object.entries(g.numbers)) out.numbers[name] = combineNumbers(out.numbers[name], s);
    for (const [name, counts] of Object.entries(g.choices)) {
      const into = out.choices[name] ?? {};
      out.choices[name] = into;
      for (const [value, n] of Object.entries(counts)) into[value] = (into[value] ?? 0) + (n ?? 0);
    }
    for (const [name, d] of Object.entries(g.dates)) {
      const cur = out.dates[name] ?? { min: null, max: null };
      out.dates[name] = { min: earlier(cur.min, d.min), max: later(cur.max, d.max) };
    }
  }
  for (const s of Object.values(out.numbers)) delete s.median;
  return out;
}

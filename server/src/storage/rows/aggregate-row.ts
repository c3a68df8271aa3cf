import type { AggregateGroup, NumberSummary } from '@sprout/shared/stats';

/**
 * A row of an aggregate's main pass, the same on every engine: `k` the group's key, `n` its
 * count, and per number field `i` the columns `c{i}` (count), `s{i}` (sum), `lo{i}`, `hi{i}`
 * and, where the engine computes medians in the same pass, `md{i}`; per date field `i` the
 * columns `dlo{i}` and `dhi{i}`.
 */
export type AggregateRow = Record<string, string | number | null>;

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The groups of a main pass, keyed by group key, with no choice counted yet. */
export function toAggregateGroups(
  rows: readonly AggregateRow[],
  fields: { numbers: readonly string[]; dates: readonly string[]; medians: boolean },
): Map<string, AggregateGroup> {
  const groups = new Map<string, AggregateGroup>();
  for (const r of rows) {
    const numbers: Record<string, NumberSummary> = {};
    fields.numbers.forEach((name, i) => {
      const count = Number(r[`c${i}`] ?? 0);
      const sum = num(r[`s${i}`]);
      numbers[name] = {
        count,
        sum,
        mean: count > 0 && sum !== null ? sum / count : null,
        min: num(r[`lo${i}`]),
        max: num(r[`hi${i}`]),
        ...(fields.medians ? { median: num(r[`md${i}`]) } : {}),
      };
    });
    const dates: AggregateGroup['dates'] = {};
    fields.dates.forEach((name, i) => {
      dates[name] = { min: (r[`dlo${i}`] as string | null) ?? null, max: (r[`dhi${i}`] as string | null) ?? null };
    });
    groups.set(String(r.k), { key: String(r.k), count: Number(r.n), numbers, choices: {}, dates });
  }
  return groups;
}

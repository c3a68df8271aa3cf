import { type AggregateGroup, type AggregateQuery, type NumberSummary, statsFieldValue } from '@sprout/shared/stats';

/** One stored row as an engine reads it for summing: its group key and its answers. */
export interface KeyedValues {
  key: string;
  values: Record<string, unknown>;
}

const scalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The median of numbers sorted in place. */
function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  xs.sort((a, b) => a - b);
  const mid = Math.floor((xs.length - 1) / 2);
  return xs.length % 2 ? (xs[mid] as number) : ((xs[mid] as number) + (xs[mid + 1] as number)) / 2;
}

/**
 * Sums already filtered and keyed rows the way the SQL aggregates do (numbers: JSON
 * numbers only; choices: each scalar value, booleans as `true`/`false`; dates: text).
 * For reads whose rows are few by construction, such as a task period (one report per
 * assignee): one indexed read and one JSON.parse per row beat thirty `json_extract`s.
 */
export function aggregateRows(rows: Iterable<KeyedValues>, q: AggregateQuery): AggregateGroup[] {
  const numbers = q.numbers ?? [];
  const choices = q.choices ?? [];
  const dates = q.dates ?? [];
  const groups = new Map<string, AggregateGroup>();
  const samples = new Map<AggregateGroup, Record<string, number[]>>();
  const withMedians = q.medians === true && q.group.by === 'none';
  for (const row of rows) {
    let g = groups.get(row.key);
    if (!g) {
      g = { key: row.key, count: 0, numbers: {}, choices: {}, dates: {} };
      for (const name of numbers) g.numbers[name] = { count: 0, sum: null, mean: null, min: null, max: null };
      for (const name of choices) g.choices[name] = {};
      for (const name of dates) g.dates[name] = { min: null, max: null };
      groups.set(row.key, g);
      samples.set(g, Object.fromEntries(numbers.map((n) => [n, []])));
    }
    g.count += 1;
    for (const name of numbers) {
      const v = statsFieldValue(row.values, name);
      if (typeof v !== 'number') continue;
      const s = g.numbers[name] as NumberSummary;
      s.count += 1;
      s.sum = (s.sum ?? 0) + v;
      s.min = s.min === null || v < s.min ? v : s.min;
      s.max = s.max === null || v > s.max ? v : s.max;
      if (withMedians) samples.get(g)?.[name]?.push(v);
    }
    for (const name of choices) {
      const v = statsFieldValue(row.values, name);
      const counts = g.choices[name] as Record<string, number | null>;
      for (const x of Array.isArray(v) ? v : [v]) {
        if (!scalar(x)) continue;
        const label = String(x);
        counts[label] = ((counts[label] as number | undefined) ?? 0) + 1;
      }
    }
    for (const name of dates) {
      const v = statsFieldValue(row.values, name);
      if (typeof v !== 'string') continue;
      const d = g.dates[name] as { min: string | null; max: string | null };
      if (d.min === null || v < d.min) d.min = v;
      if (d.max === null || v > d.max) d.max = v;
    }
  }
  for (const g of groups.values()) {
    for (const [name, s] of Object.entries(g.numbers)) {
      s.mean = s.count > 0 && s.sum !== null ? s.sum / s.count : null;
      if (withMedians) s.median = median(samples.get(g)?.[name] ?? []);
    }
  }
  return [...groups.values()];
}

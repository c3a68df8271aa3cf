import type { Database } from 'better-sqlite3';
import type { AggregateGroup, AggregateQuery, NumberSummary } from '@sprout/shared/stats';
import { CELL_VALUE } from './aggregate-cells-schema.ts';
import { fieldJsonPath } from './field-json-path.ts';

type Cell = { k: string | number; field: string; value: string | number; n: number };
type Where = { sql: string; args: unknown[] };

const HOUR = 3_600_000;

/** The China day starting at `at`, or null when `at` is not a China midnight (the cells cannot cut there). */
function chinaMidnight(at: string): string | null {
  const t = Date.parse(at);
  if (Number.isNaN(t)) return null;
  const shifted = new Date(t + 8 * HOUR);
  return shifted.getUTCHours() === 0 &&
    shifted.getUTCMinutes() === 0 &&
    shifted.getUTCSeconds() === 0 &&
    shifted.getUTCMilliseconds() === 0
    ? shifted.toISOString().slice(0, 10)
    : null;
}

const emptySummary = (): NumberSummary => ({ count: 0, sum: null, mean: null, min: null, max: null });

/** The middle of a sorted run of (value, count) pairs holding `count` values in all. */
function medianOf(sorted: Array<[number, number]>, count: number): number | null {
  if (count === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (index < seen) return value;
    }
    return Number.NaN;
  };
  const lo = Math.floor((count - 1) / 2);
  return count % 2 ? at(lo) : (at(lo) + at(lo + 1)) / 2;
}

/**
 * Reads statistics from the per-app counters (`aggregate-cells-schema.ts`) instead of the
 * rows: sums over cells keyed by org, China day, status and outcome. Only queries the
 * cells can answer exactly come here (see `where`); the rest scan the rows.
 */
export function createCellReader(db: Database) {
  const tracked = db.prepare<[number], string>('SELECT name FROM aggregate_fields WHERE app_id = ?').pluck();
  const addField = db.prepare('INSERT INTO aggregate_fields (app_id, name, path) VALUES (?, ?, ?)');
  const backfill = db.prepare(
    `INSERT INTO aggregate_cells (app_id, field, org_id, day, status, outcome, value, n)
     SELECT * FROM (
       SELECT s.app_id, @name, s.org_id, COALESCE(date(s.submitted_at, '+8 hours'), '') AS day, s.status,
         COALESCE(json_extract(s.outcome_json, '$.code'), '') AS outcome, ${CELL_VALUE} AS value, COUNT(*)
       FROM submissions s, json_each(s.values_json, @path) j
       WHERE s.app_id = @appId AND j.type NOT IN ('object', 'array', 'null')
       GROUP BY s.org_id, day, s.status, outcome, value
     ) WHERE true
     ON CONFLICT (app_id, field, org_id, day, status, outcome, value) DO UPDATE SET n = n + excluded.n`,
  );
  const track = db.transaction((appId: number, names: readonly string[]) => {
    const known = new Set(tracked.all(appId));
    for (const name of new Set(names)) {
      if (known.has(name) || name === '') continue;
      const path = fieldJsonPath(name);
      addField.run(appId, name, path);
      backfill.run({ appId, name, path });
    }
  });

  /** The WHERE over cells for this query, or null when only the rows can answer it. */
  function where(q: AggregateQuery, prefix: string): Where | null {
    const { status, from, to, q: text, fields, outcome, task } = q.filter;
    if (text || (fields && Object.keys(fields).length > 0) || task) return null;
    const known = new Set(tracked.all(q.appId));
    const wanted = [...(q.numbers ?? []), ...(q.choices ?? []), ...(q.dates ?? [])];
    if (!wanted.every((name) => known.has(name))) return null;
    const parts = ['c.app_id = ?', 'o.path LIKE ?'];
    const args: unknown[] = [q.appId, `${prefix}%`];
    if (status) parts.push('c.status = ?') && args.push(status);
    if (outcome) parts.push('c.outcome = ?') && args.push(outcome);
    for (const [at, op] of [
      [from, '>='],
      [to, '<'],
    ] as const) {
      if (at === undefined) continue;
      const day = chinaMidnight(at);
      if (day === null) return null;
      parts.push(`c.day ${op} ?`) && args.push(day);
    }
    return { sql: parts.join(' AND '), args };
  }

  const FROM = 'FROM aggregate_cells c JOIN orgs o ON o.id = c.org_id';

  function read(q: AggregateQuery, key: string, w: Where): AggregateGroup[] {
    const numbers = q.numbers ?? [];
    const choices = q.choices ?? [];
    const dates = q.dates ?? [];
    const counts = db
      .prepare<unknown[], { k: string | number; n: number }>(
        `SELECT ${key} AS k, SUM(c.n) AS n ${FROM} WHERE c.field = '' AND ${w.sql} GROUP BY k HAVING SUM(c.n) > 0`,
      )
      .all(...w.args);
    const groups = new Map<string, AggregateGroup>();
    for (const r of counts) {
      const g: AggregateGroup = { key: String(r.k), count: r.n, numbers: {}, choices: {}, dates: {} };
      for (const name of numbers) g.numbers[name] = emptySummary();
      for (const name of choices) g.choices[name] = {};
      for (const name of dates) g.dates[name] = { min: null, max: null };
      groups.set(g.key, g);
    }
    const names = [...new Set([...numbers, ...choices, ...dates])];
    if (names.length === 0) return [...groups.values()];
    const cells = db
      .prepare<unknown[], Cell>(
        `SELECT ${key} AS k, c.field, c.value, SUM(c.n) AS n ${FROM}
         WHERE c.field IN (${names.map(() => '?').join(', ')}) AND ${w.sql}
         GROUP BY k, c.field, c.value HAVING SUM(c.n) > 0 ORDER BY k, c.field, c.value`,
      )
      .all(...names, ...w.args);
    const numberSet = new Set(numbers);
    const choiceSet = new Set(choices);
    const dateSet = new Set(dates);
    // Sorted (value, count) runs per group and number field, for medians.
    const runs = new Map<AggregateGroup, Map<string, Array<[number, number]>>>();
    for (const c of cells) {
      const g = groups.get(String(c.k));
      if (!g) continue;
      if (choiceSet.has(c.field)) {
        const counts = g.choices[c.field] as Record<string, number | null>;
        const label = String(c.value);
        counts[label] = ((counts[label] as number | undefined) ?? 0) + c.n;
      }
      if (numberSet.has(c.field) && typeof c.value === 'number') {
        const s = g.numbers[c.field] as NumberSummary;
        s.count += c.n;
        s.sum = (s.sum ?? 0) + c.value * c.n;
        s.min = s.min === null ? c.value : Math.min(s.min, c.value);
        s.max = s.max === null ? c.value : Math.max(s.max, c.value);
        if (q.medians) {
          const byField = runs.get(g) ?? new Map<string, Array<[number, number]>>();
          runs.set(g, byField);
          const run = byField.get(c.field) ?? [];
          byField.set(c.field, run);
          run.push([c.value, c.n]);
        }
      }
      if (dateSet.has(c.field) && typeof c.value === 'string') {
        const d = g.dates[c.field] as { min: string | null; max: string | null };
        if (d.min === null || c.value < d.min) d.min = c.value;
        if (d.max === null || c.value > d.max) d.max = c.value;
      }
    }
    for (const g of groups.values()) {
      for (const [name, s] of Object.entries(g.numbers)) {
        s.mean = s.count > 0 && s.sum !== null ? s.sum / s.count : null;
        if (q.medians && q.group.by === 'none') s.median = medianOf(runs.get(g)?.get(name) ?? [], s.count);
      }
    }
    return [...groups.values()];
  }

  return {
    track: (appId: number, names: readonly string[]) => track(appId, names),
    where,
    read,
  };
}

import { type AggregateGroup, type AggregateGrouping, type AggregateQuery, statsFieldPath } from '@sprout/shared/stats';
import type postgres from 'postgres';
import { aggregateLimit, aggregateOrgIds } from '../aggregate-limit.ts';
import type { AggregateStore } from '../aggregate-types.ts';
import { type AggregateRow, toAggregateGroups } from '../rows/aggregate-row.ts';
import type { Sql } from './db.ts';
import { submissionWhere } from './submission-filter.ts';

type Fragment = postgres.Fragment;

/** Joins fragments with commas. */
const list = (sql: Sql, parts: Fragment[]) => parts.reduce((all, part) => sql`${all}, ${part}`);

/** A submission's time as China's wall clock (UTC+8, no daylight saving), for days and weeks. */
const chinaTime = (sql: Sql) => sql`((s.submitted_at::timestamptz AT TIME ZONE 'UTC') + interval '8 hours')`;

/** The SQL of a group's key, as text; `parentPath` is the path of the org whose children are the groups. */
function keySql(sql: Sql, group: AggregateGrouping, parentPath: string | null): Fragment {
  switch (group.by) {
    case 'none':
      return sql`'all'`;
    case 'org':
      return sql`s.org_id::text`;
    case 'day':
      return sql`to_char(${chinaTime(sql)}, 'YYYY-MM-DD')`;
    case 'week': // date_trunc's weeks start on Monday
      return sql`to_char(date_trunc('week', ${chinaTime(sql)}), 'YYYY-MM-DD')`;
    case 'outcome':
      return sql`COALESCE(s.outcome_json ->> 'code', 'none')`;
    case 'org-children': {
      // The path segment right after the parent's is the child the row falls under.
      const path = parentPath ?? '';
      return sql`CASE WHEN o.path = ${path} THEN ${String(group.parentOrgId)}::text
        ELSE split_part(substr(o.path, ${path.length + 1}::int), '/', 1) END`;
    }
  }
}

/**
 * Compiles an `AggregateQuery` to PostgreSQL: one pass for counts, number summaries,
 * medians (`percentile_cont`) and date ranges, one for every choice field together (a
 * multiple choice's array is unnested). Field names and every value are bound
 * parameters; column aliases are generated; the org tree is walked through paths.
 */
export function createAggregateStore(sql: Sql): AggregateStore {
  function whereOf(q: AggregateQuery, prefix: string): Fragment {
    const { status, from, to, q: text, fields, outcome, task } = q.filter;
    const parts = [
      submissionWhere(sql, q.appId, {
        ...(status ? { status: status as never } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(text ? { q: text } : {}),
        ...(fields ? { fields } : {}),
      }),
      sql`o.path LIKE ${`${prefix}%`}`,
    ];
    if (outcome) parts.push(sql`s.outcome_json ->> 'code' = ${outcome}`);
    if (task) parts.push(sql`s.task_id = ${task.taskId} AND s.period_key = ${task.periodKey}`);
    return parts.reduce((all, part) => sql`${all} AND ${part}`);
  }

  /** Counts, number summaries and date ranges: the inner query extracts each field once per row. */
  async function mainPass(q: AggregateQuery, key: Fragment, where: Fragment): Promise<Map<string, AggregateGroup>> {
    const numbers = q.numbers ?? [];
    const dates = q.dates ?? [];
    const medians = q.medians === true && q.group.by === 'none';
    const inner = [sql`${key} AS k`];
    const cols = [sql`k`, sql`count(*) AS n`];
    numbers.forEach((name, i) => {
      const [v, field] = [sql(`v${i}`), sql`s.values_json #> ${statsFieldPath(name)}::text[]`];
      inner.push(sql`CASE WHEN jsonb_typeof(${field}) = 'number' THEN (${field})::float8 END AS ${v}`);
      cols.push(
        sql`count(${v}) AS ${sql(`c${i}`)}, sum(${v}) AS ${sql(`s${i}`)}, min(${v}) AS ${sql(`lo${i}`)},
          max(${v}) AS ${sql(`hi${i}`)}`,
      );
      if (medians) cols.push(sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${v}) AS ${sql(`md${i}`)}`);
    });
    dates.forEach((name, i) => {
      const [d, field] = [sql(`d${i}`), sql`s.values_json #> ${statsFieldPath(name)}::text[]`];
      // Compared byte by byte, like ISO dates should be, whatever the database's collation.
      inner.push(sql`CASE WHEN jsonb_typeof(${field}) = 'string' THEN (${field} #>> '{}') COLLATE "C" END AS ${d}`);
      cols.push(sql`min(${d}) AS ${sql(`dlo${i}`)}, max(${d}) AS ${sql(`dhi${i}`)}`);
    });
    const rows = await sql<AggregateRow[]>`
      SELECT ${list(sql, cols)} FROM (
        SELECT ${list(sql, inner)} FROM submissions s JOIN orgs o ON o.id = s.org_id WHERE ${where}) x
      GROUP BY k`;
    return toAggregateGroups(rows, { numbers, dates, medians: medians });
  }

  /** Every choice field in one pass: a scalar answer counts itself, a multiple choice each value. */
  async function choicePass(names: string[], key: Fragment, where: Fragment, groups: Map<string, AggregateGroup>) {
    const fields = list(
      sql,
      names.map((name, i) => sql`(${i}::int, s.values_json #> ${statsFieldPath(name)}::text[])`),
    );
    const rows = await sql<{ k: string; i: number; v: string; n: number }[]>`
      SELECT ${key} AS k, f.i, e.el #>> '{}' AS v, count(*) AS n
      FROM submissions s JOIN orgs o ON o.id = s.org_id
      CROSS JOIN LATERAL (VALUES ${fields}) AS f (i, answer)
      CROSS JOIN LATERAL jsonb_array_elements(
        CASE jsonb_typeof(f.answer) WHEN 'array' THEN f.answer ELSE jsonb_build_array(f.answer) END) AS e (el)
      WHERE ${where} AND jsonb_typeof(e.el) IN ('string', 'number', 'boolean')
      GROUP BY 1, 2, 3`;
    for (const g of groups.values()) for (const name of names) g.choices[name] = {};
    for (const r of rows) {
      const counts = groups.get(r.k)?.choices[names[r.i] as string];
      if (counts) counts[r.v] = Number(r.n);
    }
  }

  return {
    aggregate: async (q) => {
      const ids = aggregateOrgIds(q);
      const paths = await sql<{ id: number; path: string }[]>`SELECT id, path FROM orgs WHERE id IN ${sql(ids)}`;
      const limit = aggregateLimit(q, new Map(paths.map((p) => [p.id, p.path])));
      if (!limit) return [];
      const key = keySql(sql, q.group, limit.parentPath);
      const where = whereOf(q, limit.prefix);
      const groups = await mainPass(q, key, where);
      const choices = q.choices ?? [];
      if (choices.length > 0 && groups.size > 0) await choicePass(choices, key, where, groups);
      return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
    // No counters on PostgreSQL yet: every figure is computed from the rows (parallel aggregates).
    trackFields: async () => {},
  };
}

import type { Database } from 'better-sqlite3';
import type { AggregateGroup, AggregateGrouping, AggregateQuery } from '@sprout/shared/stats';
import type { AggregateStore } from '../aggregate-types.ts';
import { type AggregateRow, toAggregateGroups } from '../rows/aggregate-row.ts';
import { aggregateRows } from '../aggregate-rows.ts';
import { createCellReader } from './aggregate-cells.ts';
import { fieldJsonPath } from './field-json-path.ts';
import { where } from './submissions.ts';
import { aggregateLimit, aggregateOrgIds } from '../aggregate-limit.ts';

/** A JSON path literal for a field key (`crop`, `payee.bank`): its segments are identifiers, checked. */
function jsonPath(key: string): string {
  return `'${fieldJsonPath(key)}'`;
}

/**
 * The SQL of a group's key over rows (`s`) or counter cells (`c`); `parentPath` is the
 * path of the org whose children are the groups.
 */
function keySql(group: AggregateGrouping, parentPath: string | null, over: 'rows' | 'cells'): string {
  const rows = over === 'rows';
  switch (group.by) {
    case 'none':
      return `'all'`;
    case 'org':
      return rows ? 's.org_id' : 'c.org_id';
    case 'day':
      return rows ? `date(s.submitted_at, '+8 hours')` : 'c.day';
    case 'week':
      return rows ? `date(s.submitted_at, '+8 hours', '-6 days', 'weekday 1')` : `date(c.day, '-6 days', 'weekday 1')`;
    case 'outcome':
      return rows
        ? `COALESCE(json_extract(s.outcome_json, '$.code'), 'none')`
        : `IIF(c.outcome = '', 'none', c.outcome)`;
    case 'org-children': {
      // The path segment right after the parent's is the child the row falls under.
      const n = (parentPath ?? '').length;
      const rest = `substr(o.path, ${n + 1})`;
      return `CASE WHEN o.path = '${parentPath}' THEN ${group.parentOrgId}
        ELSE CAST(substr(${rest}, 1, instr(${rest}, '/') - 1) AS INTEGER) END`;
    }
  }
}

/**
 * Compiles an `AggregateQuery` to SQLite. Queries the per-app counters can answer
 * (no free text, answer or task filter; dates cut at China midnight; every field
 * tracked) are sums over those cells. A task period's few reports are read by index
 * and summed in JS. The rest scan the rows: one pass for counts, number summaries and
 * date ranges, one per choice field (json_each counts a multiple choice's values),
 * one sorted pass per number field for medians. All values are bound parameters or
 * checked literals; the org tree is walked through materialised paths.
 */
export function createAggregateStore(db: Database): AggregateStore {
  const cells = createCellReader(db);
  const pathOf = db.prepare<[number], { path: string }>('SELECT path FROM orgs WHERE id = ?').pluck(false);

  /** The deepest org path the query is limited to, or null when its orgs are not nested in the scope. */
  function limitPath(q: AggregateQuery): { prefix: string; parentPath: string | null } | null {
    const paths = new Map<number, string>();
    for (const id of aggregateOrgIds(q)) {
      const path = pathOf.get(id)?.path;
      if (path) paths.set(id, path);
    }
    return aggregateLimit(q, paths);
  }

  function whereOf(q: AggregateQuery, prefix: string) {
    const { status, from, to, q: text, fields, outcome, task } = q.filter;
    const base = where(q.appId, {
      ...(status ? { status: status as never } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(text ? { q: text } : {}),
      ...(fields ? { fields } : {}),
    });
    const parts = [base.sql.replace(/^app_id = \?/, 's.app_id = ?'), 'o.path LIKE ?'];
    const args = [...base.args, `${prefix}%`];
    if (outcome) parts.push(`json_extract(s.outcome_json, '$.code') = ?`) && args.push(outcome);
    if (task) parts.push('s.task_id = ? AND s.period_key = ?') && args.push(task.taskId, task.periodKey);
    return { sql: parts.join(' AND '), args };
  }

  const FROM = 'FROM submissions s JOIN orgs o ON o.id = s.org_id';

  /**
   * Counts, number summaries and date ranges in one pass. The inner query extracts each
   * field once per row; its `LIMIT -1 OFFSET 0` keeps SQLite from flattening it into the
   * aggregate, which would repeat every json_extract in each of COUNT, SUM, MIN and MAX.
   */
  function mainPass(q: AggregateQuery, key: string, w: { sql: string; args: unknown[] }): Map<string, AggregateGroup> {
    const numbers = q.numbers ?? [];
    const dates = q.dates ?? [];
    const inner = [`${key} AS k`];
    const cols = ['k', 'COUNT(*) AS n'];
    numbers.forEach((name, i) => {
      inner.push(`json_extract(s.values_json, ${jsonPath(name)}) AS v${i}`);
      const isNum = `CASE WHEN typeof(v${i}) IN ('integer', 'real') THEN v${i} END`;
      cols.push(`COUNT(${isNum}) AS c${i}, SUM(${isNum}) AS s${i}, MIN(${isNum}) AS lo${i}, MAX(${isNum}) AS hi${i}`);
    });
    dates.forEach((name, i) => {
      inner.push(`json_extract(s.values_json, ${jsonPath(name)}) AS d${i}`);
      const isText = `CASE WHEN typeof(d${i}) = 'text' THEN d${i} END`;
      cols.push(`MIN(${isText}) AS dlo${i}, MAX(${isText}) AS dhi${i}`);
    });
    const sql = `SELECT ${cols.join(', ')} FROM (SELECT ${inner.join(', ')} ${FROM} WHERE ${w.sql} LIMIT -1 OFFSET 0)
      GROUP BY k`;
    const rows = db.prepare<unknown[], AggregateRow>(sql).all(...w.args);
    return toAggregateGroups(rows, { numbers, dates, medians: false });
  }

  function choicePass(
    name: string,
    key: string,
    w: { sql: string; args: unknown[] },
    groups: Map<string, AggregateGroup>,
  ) {
    const value = `CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE CAST(j.value AS TEXT) END`;
    const rows = db
      .prepare<unknown[], AggregateRow>(
        `SELECT ${key} AS k, ${value} AS v, COUNT(*) AS n ${FROM}, json_each(s.values_json, ${jsonPath(name)}) j
         WHERE ${w.sql} AND j.type NOT IN ('object', 'array', 'null') GROUP BY k, v`,
      )
      .all(...w.args);
    for (const g of groups.values()) g.choices[name] = {};
    for (const r of rows) {
      const counts = groups.get(String(r.k))?.choices[name];
      if (counts) counts[String(r.v)] = Number(r.n);
    }
  }

  function median(name: string, w: { sql: string; args: unknown[] }, count: number): number | null {
    if (count === 0) return null;
    const v = `json_extract(s.values_json, ${jsonPath(name)})`;
    const middle = db
      .prepare<unknown[], { v: number }>(
        `SELECT ${v} AS v ${FROM} WHERE ${w.sql} AND typeof(${v}) IN ('integer', 'real')
         ORDER BY v LIMIT ? OFFSET ?`,
      )
      .all(...w.args, 2 - (count % 2), Math.floor((count - 1) / 2));
    return middle.reduce((t, r) => t + r.v, 0) / middle.length;
  }

  /** A task period holds one report per assignee: read them once by index and sum in JS. */
  function taskPeriod(key: string, w: { sql: string; args: unknown[] }, q: AggregateQuery): AggregateGroup[] {
    const rows = db
      .prepare<unknown[], { k: string | number; v: string }>(
        `SELECT ${key} AS k, s.values_json AS v ${FROM} WHERE ${w.sql}`,
      )
      .all(...w.args);
    return aggregateRows(
      rows.map((r) => ({ key: String(r.k), values: JSON.parse(r.v) as Record<string, unknown> })),
      q,
    );
  }

  return {
    aggregate: async (q) => {
      const limit = limitPath(q);
      if (!limit) return [];
      const byCells = cells.where(q, limit.prefix);
      const sorted = (gs: Iterable<AggregateGroup>) =>
        [...gs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      if (byCells) return sorted(cells.read(q, keySql(q.group, limit.parentPath, 'cells'), byCells));
      const key = keySql(q.group, limit.parentPath, 'rows');
      const w = whereOf(q, limit.prefix);
      if (q.filter.task) return sorted(taskPeriod(key, w, q));
      const groups = mainPass(q, key, w);
      for (const name of q.choices ?? []) choicePass(name, key, w, groups);
      if (q.medians && q.group.by === 'none') {
        for (const g of groups.values()) {
          for (const [name, s] of Object.entries(g.numbers)) s.median = median(name, w, s.count);
        }
      }
      return sorted(groups.values());
    },
    trackFields: async (appId, names) => cells.track(appId, names),
  };
}

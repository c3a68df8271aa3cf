import { statsFieldPath } from '@sprout/shared/stats';
import type { SubmissionFilter } from '../types.ts';
import type { Queryable } from './db.ts';
import { inSubtree } from './scope.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * PostgreSQL's compilation of the structured `SubmissionFilter` (SQLite compiles the same
 * value in `sqlite/submissions.ts`): a WHERE fragment with every value bound. `before`
 * may be overridden per page, so a cursor re-compiles with its new position.
 */
export function submissionWhere(sql: Queryable, appId: number, f: SubmissionFilter) {
  const parts = [sql`app_id = ${appId}`];
  if (f.status) parts.push(sql`status = ${f.status}`);
  if (f.from) parts.push(sql`submitted_at >= ${f.from}`);
  if (f.to) parts.push(sql`submitted_at < ${f.to}`);
  if (f.orgId !== undefined) parts.push(sql`org_id ${inSubtree(sql, f.orgId)}`);
  if (f.outcome) parts.push(sql`outcome_json ->> 'code' = ${f.outcome}`);
  if (f.before !== undefined) parts.push(f.order === 'asc' ? sql`id > ${f.before}` : sql`id < ${f.before}`);
  for (const [name, value] of Object.entries(f.fields ?? {})) {
    // The answer itself, or one of a multiple choice's values (a JSON array containing it);
    // `payee.bank` reaches into a pack field's object value.
    const path = statsFieldPath(name);
    parts.push(sql`(values_json #> ${path}::text[] = to_jsonb(${value}::text)
      OR values_json #> ${path}::text[] @> jsonb_build_array(${value}::text))`);
  }
  if (f.q) {
    // Like SQLite's LIKE over the stored JSON text: anywhere in the answers, any letter case.
    parts.push(sql`(values_json::text ILIKE ${`%${escapeLike(f.q)}%`} OR receipt_code = ${f.q.toUpperCase()})`);
  }
  return parts.reduce((all, part) => sql`${all} AND ${part}`);
}

/** Bounds and defaults a page size the way the list always has. */
export const pageSize = (f: SubmissionFilter) => Math.min(Math.max(f.limit ?? 50, 1), 5000);

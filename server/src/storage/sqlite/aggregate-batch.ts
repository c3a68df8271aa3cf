import type { Database } from 'better-sqlite3';
import { CELL_VALUE, countRow } from './aggregate-cells-schema.ts';

/**
 * Migration step "counters per batch": the insert trigger of `aggregate_cells` stands
 * aside while a row of `aggregate_deferral` exists. Only a group commit's transaction
 * writes that row, counts the rows it inserted with one grouped statement per kind of
 * cell (see `countInsertedRows`) and deletes the row again before it commits: no other
 * connection ever sees it, and every other insert (tasks, tools, the bench loader) is
 * still counted by the trigger. Frozen once released, like the step it follows.
 */
export const AGGREGATE_BATCH_MIGRATION = `
  CREATE TABLE aggregate_deferral (one INTEGER PRIMARY KEY CHECK (one = 1));
  DROP TRIGGER aggregate_cells_insert;
  CREATE TRIGGER aggregate_cells_insert AFTER INSERT ON submissions
  WHEN NOT EXISTS (SELECT 1 FROM aggregate_deferral)
  BEGIN
    ${countRow('NEW', 1)}
  END;
`;

const day = `COALESCE(date(s.submitted_at, '+8 hours'), '')`;
const outcome = `COALESCE(json_extract(s.outcome_json, '$.code'), '')`;
const upsert = 'ON CONFLICT (app_id, field, org_id, day, status, outcome, value) DO UPDATE SET n = n + excluded.n';

/**
 * Counts the submissions with ids `first`..`last` into `aggregate_cells`, as the insert
 * trigger would one by one, but with one upsert per cell instead of one per row and cell:
 * a batch of like submissions (one app, one day) touches each of its cells once. Run
 * inside the transaction that inserted them, with the trigger deferred (`deferCounting`).
 */
export function batchCounting(db: Database) {
  const defer = db.prepare('INSERT INTO aggregate_deferral (one) VALUES (1)');
  const resume = db.prepare('DELETE FROM aggregate_deferral');
  const rows = db.prepare(
    `INSERT INTO aggregate_cells (app_id, field, org_id, day, status, outcome, value, n)
     SELECT s.app_id, '', s.org_id, ${day}, s.status, ${outcome}, '', COUNT(*)
     FROM submissions s NOT INDEXED WHERE s.id BETWEEN ? AND ?
     GROUP BY 1, 2, 3, 4, 5, 6, 7
     ${upsert}`,
  );
  const values = db.prepare(
    `INSERT INTO aggregate_cells (app_id, field, org_id, day, status, outcome, value, n)
     SELECT s.app_id, f.name, s.org_id, ${day}, s.status, ${outcome}, ${CELL_VALUE}, COUNT(*)
     FROM submissions s NOT INDEXED CROSS JOIN aggregate_fields f CROSS JOIN json_each(s.values_json, f.path) j
     WHERE s.id BETWEEN ? AND ? AND f.app_id = s.app_id AND j.type NOT IN ('object', 'array', 'null')
     GROUP BY 1, 2, 3, 4, 5, 6, 7
     ${upsert}`,
  );
  return {
    /** Stands the insert trigger aside for the rest of this transaction. */
    defer: () => void defer.run(),
    /** Counts the rows inserted meanwhile (ids `first`..`last`, none when `first` is undefined) and restores the trigger. */
    countAndResume(first: number | undefined, last: number | undefined): void {
      if (first !== undefined && last !== undefined) {
        rows.run(first, last);
        values.run(first, last);
      }
      resume.run();
    },
  };
}

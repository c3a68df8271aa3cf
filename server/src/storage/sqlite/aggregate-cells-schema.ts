/**
 * The SQL of the per-app counters (migration step "aggregate cells"). Frozen once
 * released: a later change is a new migration step, never an edit here.
 *
 * `aggregate_cells` holds, per app, org, China day, status and outcome code, how many
 * submissions there are (field `''`) and how many hold each value of each tracked field
 * (a choice, one value of a multiple choice, a number, a date). Counts, choice counts,
 * sums, min/max and medians of the statistics page are sums over these cells instead of
 * a pass over every row's JSON. Triggers keep them right in the same transaction as every
 * insert, update (review, correction, anonymisation) and delete (retention) of a row.
 * `aggregate_fields` names the fields tracked per app; adding one backfills its cells.
 */

/** The day, outcome and value of a row as the cells key them. */
export const day = (row: 'NEW' | 'OLD') => `COALESCE(date(${row}.submitted_at, '+8 hours'), '')`;
export const outcome = (row: 'NEW' | 'OLD') => `COALESCE(json_extract(${row}.outcome_json, '$.code'), '')`;
/** json_each's value of a scalar; booleans as the words a choice count shows. */
export const CELL_VALUE = `CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE j.value END`;

/** Adds `sign` (1 or -1) to every cell a row counts in: its count, then each tracked value (two statements: faster than one UNION). */
export function countRow(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  const upsert = 'ON CONFLICT (app_id, field, org_id, day, status, outcome, value) DO UPDATE SET n = n + excluded.n;';
  return `
  INSERT INTO aggregate_cells (app_id, field, org_id, day, status, outcome, value, n)
  VALUES (${row}.app_id, '', ${row}.org_id, ${day(row)}, ${row}.status, ${outcome(row)}, '', ${sign})
  ${upsert}
  INSERT INTO aggregate_cells (app_id, field, org_id, day, status, outcome, value, n)
  SELECT ${row}.app_id, f.name, ${row}.org_id, ${day(row)}, ${row}.status, ${outcome(row)}, ${CELL_VALUE}, ${sign}
  FROM aggregate_fields f, json_each(${row}.values_json, f.path) j
  WHERE f.app_id = ${row}.app_id AND j.type NOT IN ('object', 'array', 'null')
  ${upsert}`;
}

/** Drops the cells of a row's key that fell to zero, so deleted data leaves no trace in them. */
function dropEmpty(row: 'NEW' | 'OLD'): string {
  return `
  DELETE FROM aggregate_cells WHERE app_id = ${row}.app_id AND org_id = ${row}.org_id AND day = ${day(row)}
    AND status = ${row}.status AND outcome = ${outcome(row)} AND n <= 0
    AND field IN (SELECT name FROM aggregate_fields WHERE app_id = ${row}.app_id UNION ALL SELECT '');`;
}

export const AGGREGATE_CELLS_MIGRATION = `
  CREATE TABLE aggregate_fields (
    app_id INTEGER NOT NULL REFERENCES apps (id), name TEXT NOT NULL, path TEXT NOT NULL,
    PRIMARY KEY (app_id, name)
  ) WITHOUT ROWID;

  CREATE TABLE aggregate_cells (
    app_id INTEGER NOT NULL, field TEXT NOT NULL, org_id INTEGER NOT NULL, day TEXT NOT NULL,
    status TEXT NOT NULL, outcome TEXT NOT NULL,
    -- no declared type: a value keeps its own (a number stays a number, a choice "1" stays text)
    value NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (app_id, field, org_id, day, status, outcome, value)
  ) WITHOUT ROWID;

  CREATE TRIGGER aggregate_cells_insert AFTER INSERT ON submissions BEGIN
    ${countRow('NEW', 1)}
  END;

  CREATE TRIGGER aggregate_cells_delete AFTER DELETE ON submissions BEGIN
    ${countRow('OLD', -1)}
    ${dropEmpty('OLD')}
  END;

  CREATE TRIGGER aggregate_cells_update
  AFTER UPDATE OF app_id, org_id, submitted_at, status, outcome_json, values_json ON submissions
  WHEN OLD.app_id IS NOT NEW.app_id OR OLD.org_id IS NOT NEW.org_id OR OLD.submitted_at IS NOT NEW.submitted_at
    OR OLD.status IS NOT NEW.status OR OLD.outcome_json IS NOT NEW.outcome_json OR OLD.values_json IS NOT NEW.values_json
  BEGIN
    ${countRow('OLD', -1)}
    ${countRow('NEW', 1)}
    ${dropEmpty('OLD')}
  END;

  -- Rows already stored are counted now; their fields are backfilled when first tracked.
  INSERT INTO aggregate_cells (app_id, field, org_id, day, status, outcome, value, n)
  SELECT app_id, '', org_id, COALESCE(date(submitted_at, '+8 hours'), ''), status,
    COALESCE(json_extract(outcome_json, '$.code'), ''), '', COUNT(*)
  FROM submissions GROUP BY 1, 2, 3, 4, 5, 6, 7;
`;

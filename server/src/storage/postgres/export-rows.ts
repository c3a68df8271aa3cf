import type { ExportRow, ExportStore } from '../types.ts';
import { toUtf8Bytes } from '../utf8-bytes.ts';
import type { Sql } from './db.ts';
import { submissionWhere } from './submission-filter.ts';

const PAGE = 5000;

/**
 * Export rows with PostgreSQL's JSON operators picking each field out of the stored jsonb
 * as its JSON text, so JavaScript never parses or builds whole submissions. Pages follow the
 * id keyset (an index range scan per page), so a million rows stream in flat memory.
 */
export function createExportStore(sql: Sql): ExportStore {
  return {
    count: async (appId, filter) => {
      const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM submissions
        WHERE ${submissionWhere(sql, appId, { ...filter, before: undefined })}`;
      return row?.n ?? 0;
    },
    async *rows(appId, filter, pick, options = {}) {
      // The driver decodes every text; the CSV export's bytes are encoded back here.
      const shown = options.utf8Bytes
        ? (row: ExportRow) => row.map((cell) => (typeof cell === 'string' ? toUtf8Bytes(cell) : cell))
        : (row: ExportRow) => row;
      const asc = filter.order === 'asc';
      const columns = [
        sql`id, receipt_code, submitted_at, status, version`,
        ...pick.values.map((name) => sql`(values_json -> ${name})::text`),
        ...pick.computed.map((name) => sql`(computed_json -> ${name})::text`),
        sql`(outcome_json -> 'label')::text`,
      ].reduce((all, column) => sql`${all}, ${column}`);
      let before = filter.before;
      for (;;) {
        const rows = (await sql`SELECT ${columns} FROM submissions
          WHERE ${submissionWhere(sql, appId, { ...filter, before })}
          ORDER BY id ${asc ? sql`ASC` : sql`DESC`} LIMIT ${PAGE}`.values()) as unknown as ExportRow[];
        if (rows.length === 0) return;
        before = rows[rows.length - 1]?.[0] as number;
        yield rows.map((r) => shown(r.slice(1)));
        if (rows.length < PAGE) return;
      }
    },
  };
}

import type { Database } from 'better-sqlite3';
import type { ExportRow, ExportStore } from '../types.ts';
import { toUtf8Bytes } from '../utf8-bytes.ts';
import { pickJsonFields } from './json-fields.ts';
import { where } from './submissions.ts';

/**
 * A page's text stays under ~96 KB (48K UTF-16 code units, or 96K one-byte characters of
 * UTF-8 bytes): V8 puts larger strings in its large-object space, freed only by full
 * collections, and a 1M-row export of ~700 KB pages raised peak RSS from ~150 to ~250 MB.
 * Rows per page follow the rows' length so far.
 */
const PAGE_CHARS = 48_000;
const PAGE_BYTES = 96_000;
const FIRST_PAGE = 100;
const MOST_ROWS = 1000;

/** Separates a page's rows and a row's parts: control characters JSON text never holds unescaped. */
const ROW_END = '\x1e';
const PART_END = '\x1f';

/**
 * Export rows a page at a time, each page ONE text SQLite builds (`group_concat`): handing
 * V8 a string costs about as much per call as a short row's content, so a page of ~150 rows
 * crosses once instead of ~150 times. Each row's part of the text is its receipt, time,
 * status and version, then its stored answers and computed values as written (JSON), then
 * its outcome's label; JavaScript picks the asked answers' JSON texts out of the stored JSON
 * (`pickJsonFields`), cheaper than SQLite's JSON functions picking each one. Pages follow
 * the id keyset like the list. SQLite hands the page over as bytes (a BLOB): as UTF-8 bytes
 * for the CSV export (`utf8Bytes`, a copy), decoded once here for everyone else.
 */
export function createExportStore(db: Database): ExportStore {
  return {
    count: async (appId, filter) => {
      const w = where(appId, { ...filter, before: undefined });
      return (db.prepare(`SELECT COUNT(*) AS n FROM submissions WHERE ${w.sql}`).get(...w.args) as { n: number }).n;
    },
    async *rows(appId, filter, pick, options = {}) {
      const asc = filter.order === 'asc';
      const bytes = options.utf8Bytes === true;
      const key = bytes ? toUtf8Bytes : (name: string) => name;
      const values = new Map(pick.values.map((name, i) => [key(name), i]));
      const computed = new Map(pick.computed.map((name, i) => [key(name), i]));
      const pageSize = bytes ? PAGE_BYTES : PAGE_CHARS;
      const width = FIXED + pick.values.length + pick.computed.length + 1;
      let before = filter.before ?? (asc ? 0 : Number.MAX_SAFE_INTEGER);
      // Every page has a cursor, so every page's SQL is the same text: prepared once, and the
      // arguments are compiled again from the structured filter with the page's position. The
      // inner query's LIMIT keeps SQLite from flattening it into the aggregate, so
      // `group_concat` takes the rows in the inner query's order (a test checks both orders).
      // `concat_ws` builds a row's text in one copy (each `||` copies the text so far; ~0.4 µs a
      // row); every part it joins is NOT NULL or coalesced, so none is skipped.
      const statement = db
        .prepare(
          `SELECT count(*), ${asc ? 'max(id)' : 'min(id)'}, CAST(group_concat(part, char(30)) AS BLOB) FROM (
             SELECT id, concat_ws(char(31), receipt_code, submitted_at, status, version, values_json, computed_json,
               coalesce(outcome_json -> '$.label', '')) AS part
             FROM submissions WHERE ${where(appId, { ...filter, before }).sql}
             ORDER BY id ${asc ? 'ASC' : 'DESC'} LIMIT ?)`,
        )
        .raw(true);
      for (let limit = FIRST_PAGE; ; ) {
        const [count, last, blob] = statement.get(...where(appId, { ...filter, before }).args, limit) as [
          number,
          number | null,
          Buffer | null,
        ];
        if (count === 0 || last === null || blob === null) return;
        before = last;
        const text = blob.toString(bytes ? 'latin1' : 'utf8');
        yield pageRows(text, values, computed, width, bytes);
        if (count < limit) return;
        limit = Math.max(1, Math.min(MOST_ROWS, Math.floor((pageSize * count) / text.length)));
      }
    },
  };
}

const FIXED = 4;

/** A page's text back into the store's `ExportRow`s: the version a number, absent answers null. */
function pageRows(
  text: string,
  values: ReadonlyMap<string, number>,
  computed: ReadonlyMap<string, number>,
  width: number,
  bytes: boolean,
): ExportRow[] {
  const rows: ExportRow[] = [];
  const afterValues = FIXED + values.size;
  let i = 0;
  /** The row's next part (up to the next separator), and the cursor moved past it. */
  const next = (separator: string) => {
    let end = text.indexOf(separator, i);
    if (end < 0) end = text.length;
    const from = i;
    i = end + 1;
    return [from, end] as const;
  };
  while (i < text.length) {
    const row: ExportRow = new Array(width).fill(null);
    for (let part = 0; part < FIXED; part++) {
      const [from, end] = next(PART_END);
      row[part] = text.slice(from, end);
    }
    row[3] = Number(row[3]);
    const [valuesFrom, valuesEnd] = next(PART_END);
    pickJsonFields(text, valuesFrom, valuesEnd, values, row, FIXED, bytes);
    const [computedFrom, computedEnd] = next(PART_END);
    pickJsonFields(text, computedFrom, computedEnd, computed, row, afterValues, bytes);
    const [outcomeFrom, outcomeEnd] = next(ROW_END);
    if (outcomeEnd > outcomeFrom) row[width - 1] = text.slice(outcomeFrom, outcomeEnd);
    rows.push(row);
  }
  return rows;
}

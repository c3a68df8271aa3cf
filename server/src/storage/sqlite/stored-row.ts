/** A row as better-sqlite3 returns it, before `readStored` makes it a row of `storage/rows/`. */
export type StoredRow = Record<string, unknown>;

/** The columns SQLite keeps in another form than PostgreSQL: JSON as text, booleans as 0/1. */
export interface StoredColumns<Row> {
  json?: ReadonlyArray<keyof Row & string>;
  bool?: ReadonlyArray<keyof Row & string>;
}

/**
 * SQLite answers JSON columns as text and booleans as 0/1 where PostgreSQL answers jsonb
 * values and booleans. Reading SQLite's row through this makes it the row PostgreSQL
 * answers, so one mapper in `storage/rows/` serves both engines. The row is changed in
 * place (better-sqlite3 hands out a fresh object per row), so a hot path copies nothing.
 *
 * @example const readPack = readStored<PackRow>({ json: ['manifest_json'], bool: ['trusted'] });
 */
export function readStored<Row>({ json = [], bool = [] }: StoredColumns<Row>): (stored: StoredRow) => Row {
  return (stored) => {
    for (const column of json) {
      const text = stored[column];
      if (text !== null) stored[column] = JSON.parse(text as string);
    }
    for (const column of bool) stored[column] = stored[column] === 1;
    return stored as Row;
  };
}

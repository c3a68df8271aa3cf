import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Copies a live SQLite database with SQLite's online backup API: a consistent snapshot
 * while the server keeps writing (WAL), never a half-written file as `cp` could give.
 * The copy is created readable by its owner only and must not exist yet.
 */
export async function backupSqlite(dbFile: string, toFile: string): Promise<{ pages: number }> {
  if (!existsSync(dbFile)) throw new Error(`no database at ${dbFile}: check SPROUT_DATA_DIR`);
  if (existsSync(toFile)) throw new Error(`${toFile} exists already: give a new file name`);
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const result = await db.backup(toFile);
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}

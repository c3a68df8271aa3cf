import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sql } from './db.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Any fixed number: every Sprout node takes the same lock, so two starting at once apply each step once. */
const MIGRATION_LOCK = 4_011_215;

export interface Migration {
  /** `0001_core`: the file name without `.sql`. */
  name: string;
  sql: string;
}

/** The versioned SQL files, in the order of their number. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file.slice(0, -'.sql'.length), sql: readFileSync(join(dir, file), 'utf8') }));
}

/**
 * Applies the steps the database has not recorded yet, each in its own transaction under
 * a transaction-level advisory lock, and answers how many ran. A node that waited on the
 * lock re-reads `schema_migrations` inside it, so it never applies a step twice.
 */
export async function migratePostgres(sql: Sql, migrations = listMigrations()): Promise<number> {
  let applied = 0;
  for (const migration of migrations) {
    const ran = await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
      await tx`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;
      const done = await tx`SELECT 1 FROM schema_migrations WHERE name = ${migration.name}`;
      if (done.length > 0) return false;
      await tx.unsafe(migration.sql);
      await tx`INSERT INTO schema_migrations (name) VALUES (${migration.name})`;
      return true;
    });
    if (ran) applied++;
  }
  return applied;
}

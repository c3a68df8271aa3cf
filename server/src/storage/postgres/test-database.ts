import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { DivisionSource } from '../sqlite/divisions.ts';
import type { Storage } from '../types.ts';
import { connectPostgres, type Sql } from './db.ts';
import { createPostgresStorage } from './index.ts';
import { databaseUrl } from './test-server.ts';

let admin: Sql | undefined;

/** The test run's server, from the `unit-pg` project's global setup. */
function adminConnection(): Sql {
  admin ??= connectPostgres(inject('postgresUrl'), { max: 2 });
  return admin;
}

export interface TestDatabase {
  url: string;
  dispose(): Promise<void>;
}

/**
 * A fresh database for one test: a copy of the run's migrated template, or (`empty`) a
 * blank one, so a test sees migrations and the division import run for real.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `sprout_test_${randomBytes(8).toString('hex')}`;
  const template = options.empty ? 'template0' : inject('postgresTemplate');
  await adminConnection().unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: databaseUrl(inject('postgresUrl'), name),
    dispose: async () => {
      await adminConnection().unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A PostgreSQL `Storage` on a fresh database, for the contract suites; `dispose` drops it. */
export async function openPostgres(
  options: { divisions?: DivisionSource; empty?: boolean } = {},
): Promise<{ storage: Storage; url: string; dispose(): Promise<void> }> {
  const database = await createTestDatabase(options);
  const storage = await createPostgresStorage({ url: database.url, divisions: options.divisions, maxConnections: 4 });
  return {
    storage,
    url: database.url,
    dispose: async () => {
      await storage.close();
      await database.dispose();
    },
  };
}

import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { connectPostgres } from './db.ts';
import { importDivisions } from './divisions.ts';
import { migratePostgres } from './migrate.ts';
import { databaseUrl, startThrowawayPostgres } from './test-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server tests may create databases on (as a superuser or a role with CREATEDB). */
    postgresUrl: string;
    /** A migrated database with the fixture divisions that each test copies. */
    postgresTemplate: string;
  }
}

/**
 * One PostgreSQL per test run: `SPROUT_TEST_DATABASE_URL` when set, otherwise a throwaway
 * embedded server removed after the run. It builds one migrated template database; each
 * test's `openPostgres()` copies it (`CREATE DATABASE … TEMPLATE`, fast) and drops its copy.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.SPROUT_TEST_DATABASE_URL;
  const server = external ? undefined : await startThrowawayPostgres();
  const url = external ?? (server?.url as string);
  const template = `sprout_template_${randomBytes(6).toString('hex')}`;
  const admin = connectPostgres(url, { max: 1 });
  try {
    await admin.unsafe(`CREATE DATABASE ${template}`);
    const sql = connectPostgres(databaseUrl(url, template), { max: 1 });
    try {
      await migratePostgres(sql);
      await importDivisions(sql, 'fixture');
    } finally {
      await sql.end();
    }
  } catch (error) {
    await admin.end();
    await server?.stop();
    throw error;
  }
  project.provide('postgresUrl', url);
  project.provide('postgresTemplate', template);
  return async () => {
    try {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    } finally {
      await server?.stop();
    }
  };
}

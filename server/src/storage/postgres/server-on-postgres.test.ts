import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../../../test/server-process.ts';
import { connectPostgres } from './db.ts';
import { listMigrations } from './migrate.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const home = mkdtempSync(join(tmpdir(), 'sprout-on-postgres-'));
const dataDir = join(home, 'data');
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ empty: true });
});
afterAll(async () => {
  await database.dispose();
  rmSync(home, { recursive: true, force: true });
});

const admin = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/admin.ts', ...args], {
    cwd: ROOT,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SPROUT_'))),
      SPROUT_DATA_DIR: dataDir,
      SPROUT_DIVISIONS: 'fixture',
      DATABASE_URL: database.url,
    },
    encoding: 'utf8',
  });

describe('the server and admin commands with DATABASE_URL=postgres://…', () => {
  let password = '';

  it('creates the first org and administrator in PostgreSQL on an empty database (migrated on the way)', () => {
    const run = admin('init', '--division', '330110', '--username', 'yuhang-it');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('余杭区');
    password = /one-time password: (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(password).toMatch(/^\S{12}$/);
    expect(existsSync(join(dataDir, 'sprout.db'))).toBe(false);
    const verify = admin('audit-verify');
    expect(verify.status, verify.stderr + verify.stdout).toBe(0);
    const backup = admin('backup', '--to', join(home, 'copy.db'));
    expect(backup.status).toBe(2);
    expect(backup.stderr).toContain('pg_dump');
  }, 90_000);

  it('serves from PostgreSQL: the administrator signs in, and the log names the server without its password', async () => {
    const server = await startServerProcess(dataDir, { DATABASE_URL: database.url });
    try {
      const res = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'yuhang-it', password }),
      });
      expect(res.status).toBe(200);
      const { user } = (await res.json()) as { user: Record<string, unknown> };
      expect(user).toMatchObject({ mustChangePassword: true, systemAdmin: true, roles: ['admin'] });
      const shown = new URL(database.url);
      shown.password = '***';
      expect(server.output()).toContain(`data: ${shown.toString()}`);
      expect(server.output()).not.toContain(new URL(database.url).password);
      expect(existsSync(join(dataDir, 'sprout.db'))).toBe(false);
    } finally {
      await server.stop();
    }
  }, 90_000);
});

describe('the production build (node server/dist/main.js) on PostgreSQL', () => {
  it('ships the migrations beside the bundle and migrates an empty database from them', async () => {
    const SERVER = resolve(ROOT, 'server');
    // A deployment-shaped folder: the built JS and its migrations, no TypeScript source.
    const deployed = join(home, 'deployed');
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', join(deployed, 'server/dist')], {
      cwd: SERVER,
      stdio: 'pipe',
    });
    copyFileSync(join(SERVER, 'package.json'), join(deployed, 'server/package.json'));
    symlinkSync(join(SERVER, 'node_modules'), join(deployed, 'server/node_modules'));
    const empty = await createTestDatabase({ empty: true });
    const server = await startServerProcess(
      join(home, 'deployed-data'),
      { DATABASE_URL: empty.url },
      { args: ['server/dist/main.js'], cwd: deployed },
    );
    try {
      expect((await fetch(`${server.url}/api/v1/ready`)).status).toBe(200);
      const sql = connectPostgres(empty.url, { max: 1 });
      const applied = await sql<{ name: string }[]>`SELECT name FROM schema_migrations ORDER BY name`;
      const [divisions] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM divisions`;
      await sql.end();
      expect(applied.map((m) => m.name)).toEqual(listMigrations().map((m) => m.name));
      expect(divisions?.n).toBeGreaterThan(0);
    } finally {
      await server.stop();
      await empty.dispose();
    }
  }, 120_000);
});

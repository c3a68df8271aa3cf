import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/storage/postgres/test-database.ts';
import { TEST_ENGINE } from './harness.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

const SERVER = resolve(import.meta.dirname, '..');
// A deployment-shaped folder: the built JS, the installed npm dependencies and the front
// ends' dist, but none of the workspace's TypeScript; what runs here runs without it.
const root = mkdtempSync(join(tmpdir(), 'sprout-build-'));
const dataDir = join(root, 'data');
let server: ServerProcess;
let database: TestDatabase | undefined;

beforeAll(async () => {
  // Built into the temporary folder, so a parallel run (unit and unit-pg) never reads a half-written file.
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', join(root, 'server/dist')], {
    cwd: SERVER,
    stdio: 'pipe',
  });
  copyFileSync(join(SERVER, 'package.json'), join(root, 'server/package.json'));
  symlinkSync(join(SERVER, 'node_modules'), join(root, 'server/node_modules'));
  for (const [dir, file, marker] of [
    ['editor/dist', 'index.html', 'editor-shell'],
    ['runtime/dist', 'verify.html', 'verify-page'],
  ] as const) {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, file), `<!doctype html><title>${marker}</title>`);
  }
  // In the unit-pg project the built server runs on PostgreSQL (its SQL migrations ship in dist/).
  database = TEST_ENGINE === 'postgres' ? await createTestDatabase({ empty: true }) : undefined;
  const env: Record<string, string> = database ? { DATABASE_URL: database.url } : {};
  server = await startServerProcess(dataDir, env, { args: ['server/dist/main.js'], cwd: root });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await database?.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe('the production build (node server/dist/main.js)', () => {
  it('bundles the workspace packages and imports only npm dependencies and node built-ins', () => {
    const code = readFileSync(join(root, 'server/dist/main.js'), 'utf8');
    expect(code).not.toMatch(/from ["']@sprout\//);
    expect(code).not.toMatch(/from ["']tsx/);
  });

  it('answers health and readiness', async () => {
    expect(await (await fetch(`${server.url}/api/v1/health`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${server.url}/api/v1/ready`)).status).toBe(200);
  });

  it('serves the front ends from the folders beside the server', async () => {
    expect(await (await fetch(`${server.url}/verify`)).text()).toContain('verify-page');
    expect(await (await fetch(`${server.url}/apps`)).text()).toContain('editor-shell');
  });

  it('runs the admin command from its built file', () => {
    const out = execFileSync(process.execPath, [join(root, 'server/dist/admin.js')], { encoding: 'utf8' });
    expect(out).toContain('audit-verify');
  });
});

import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from './server-process.ts';

const dirs: string[] = [];
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const s of running) await s.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(env: Record<string, string> = {}, dataDir = freshDir()): Promise<ServerProcess> {
  const server = await startServerProcess(dataDir, env);
  running.push(server);
  return server;
}

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-first-start-'));
  dirs.push(dir);
  return join(dir, 'data');
}

const signIn = (url: string) =>
  fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'county-admin', password: 'sprout-demo-1' }),
  });

describe('first start', () => {
  it('has no demo account, no example app, and says how to create the first administrator', async () => {
    const server = await start();
    expect((await signIn(server.url)).status).toBe(401);
    expect((await fetch(`${server.url}/api/v1/public/apps/health-code`)).status).toBe(404);
    expect(server.output()).toContain('npm run admin -- init');
    expect(server.output()).not.toContain('sprout-demo-1');
    await server.stop();
  });

  it('creates the data folder and the SQLite files readable by the owner only', async () => {
    const dataDir = freshDir();
    const server = await start({}, dataDir);
    expect(statSync(dataDir).mode & 0o077).toBe(0);
    const files = readdirSync(dataDir).filter((f) => f.startsWith('sprout.db'));
    expect(files).toEqual(expect.arrayContaining(['sprout.db', 'sprout.db-wal']));
    for (const f of files) expect({ f, group: statSync(join(dataDir, f)).mode & 0o077 }).toEqual({ f, group: 0 });
    await server.stop();
  });

  it('seeds the demo with SPROUT_DEMO=1 and warns on every start when the public URL is not loopback', async () => {
    const dataDir = freshDir();
    const env = { SPROUT_DEMO: '1', SPROUT_PUBLIC_URL: 'https://sprout.example.gov.cn' };
    const first = await start(env, dataDir);
    expect((await signIn(first.url)).status).toBe(200);
    expect(first.output()).toContain('WARNING: SPROUT_DEMO=1');
    await first.stop();
    const again = await start(env, dataDir);
    expect(again.output()).toContain('WARNING: SPROUT_DEMO=1');
    await again.stop();
    const quiet = await start({ SPROUT_DEMO: '1', SPROUT_PUBLIC_URL: 'http://127.0.0.1:8787' }, dataDir);
    expect(quiet.output()).not.toContain('WARNING');
    await quiet.stop();
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from './server-process.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const home = mkdtempSync(join(tmpdir(), 'sprout-admin-init-'));
const dataDir = join(home, 'data');
afterAll(() => rmSync(home, { recursive: true, force: true }));

const env = () => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SPROUT_')));
  return { ...clean, SPROUT_DATA_DIR: dataDir, SPROUT_DIVISIONS: 'fixture' };
};

/** `npm run admin -- …` exactly as the README gives it. */
const npmAdmin = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'admin', '--', ...args], { cwd: ROOT, env: env(), encoding: 'utf8' });
const admin = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/admin.ts', ...args], {
    cwd: ROOT,
    env: env(),
    encoding: 'utf8',
  });

describe('npm run admin -- init', () => {
  let password = '';

  it('creates 余杭区 from its division code and its administrator on an empty data folder, printing the password once', () => {
    const run = npmAdmin('init', '--division', '330110', '--username', 'yuhang-it');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('余杭区');
    password = /one-time password: (\S+)/.exec(run.stdout)?.[1] ?? '';
    expect(password).toMatch(/^\S{12}$/);
    expect(statSync(join(dataDir, 'sprout.db')).mode & 0o077).toBe(0);
  }, 60_000);

  it('refuses when that org exists, a taken username, an unknown division and bad options', () => {
    const again = admin('init', '--division', '330110', '--username', 'someone-else');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已经存在');
    expect(admin('init', '--division', '330106', '--username', 'yuhang-it').stderr).toContain('已被使用');
    expect(admin('init', '--division', '999999', '--username', 'nobody-1').stderr).toContain('999999');
    const bad = admin('init', '--divsion', '330110');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage');
    expect(admin('frobnicate').status).toBe(2);
  }, 60_000);

  it('lets the administrator sign in once, who must then choose a password, and who may add counties', async () => {
    const server = await startServerProcess(dataDir);
    try {
      const res = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'yuhang-it', password }),
      });
      expect(res.status).toBe(200);
      const { user } = (await res.json()) as { user: Record<string, unknown> };
      expect(user).toMatchObject({ mustChangePassword: true, systemAdmin: true, roles: ['admin'] });
      expect(user.org).toMatchObject({ name: '余杭区', code: '330110' });
      expect(server.output()).not.toContain('npm run admin -- init');
    } finally {
      await server.stop();
    }
  }, 60_000);
});

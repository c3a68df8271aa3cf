import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../src/storage/sqlite/index.ts';
import { startServerProcess } from './server-process.ts';
import { healthValues } from './valid-values.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const home = mkdtempSync(join(tmpdir(), 'sprout-backup-'));
const dataDir = join(home, 'data');
afterAll(() => rmSync(home, { recursive: true, force: true }));

function admin(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SPROUT_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/admin.ts', ...args], {
    cwd: ROOT,
    env: { ...env, SPROUT_DATA_DIR: dataDir, SPROUT_DIVISIONS: 'fixture' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((ok) => child.on('exit', (status) => ok({ status, stdout, stderr })));
}

describe('npm run admin -- backup', () => {
  it('copies the database consistently while the server keeps taking submissions', async () => {
    const server = await startServerProcess(dataDir, { SPROUT_DEMO: '1', SPROUT_RATE_LIMITS: 'off' });
    let sent = 0;
    let running = true;
    const submitting = (async () => {
      while (running) {
        const res = await fetch(`${server.url}/api/v1/public/apps/health-code/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `backup-${sent}` },
          body: JSON.stringify({ version: 1, consentVersion: 1, values: healthValues() }),
        });
        if (res.status === 201) sent++;
      }
    })();
    try {
      while (sent < 20) await new Promise((r) => setTimeout(r, 20));
      const before = sent;
      const target = join(home, 'copy.db');
      const run = await admin('backup', '--to', target);
      expect(run.status, run.stderr).toBe(0);
      expect(statSync(target).mode & 0o077).toBe(0);
      running = false;
      await submitting;
      const copy = createSqliteStorage({ file: target, divisions: 'fixture' });
      try {
        expect(await copy.users.count()).toBe(10);
        const app = await copy.apps.published('health-code');
        const rows = await copy.submissions.list(app?.appId ?? 0, { limit: 500 });
        // The demo's own samples plus at least every submission acknowledged before the backup began.
        expect(rows.length).toBeGreaterThanOrEqual(before);
      } finally {
        await copy.close();
      }
      expect((await admin('backup', '--to', target)).status).toBe(1);
    } finally {
      running = false;
      await submitting;
      await server.stop();
    }
  }, 60_000);
});

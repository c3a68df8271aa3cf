import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { healthValues } from './valid-values.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'sprout-kill-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `server/src/main.ts` as its own process, the way `npm start` does. */
async function startProcess(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SPROUT_DATA_DIR: dataDir, SPROUT_DIVISIONS: 'fixture' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const url = await new Promise<string>((ok, fail) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(log);
      if (m?.[1]) ok(m[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`server exited (${code}) before it was ready:\n${log}`)));
  });
  return { url, child };
}

function submit(url: string, i: number): Promise<Response> {
  return fetch(`${url}/api/v1/public/apps/health-code/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `kill-${i}` },
    body: JSON.stringify({ version: 1, consentVersion: 1, values: healthValues({ name: `住户${i}` }) }),
  });
}

describe('durability', () => {
  it('keeps every acknowledged submission when the process is killed with SIGKILL mid-burst', async () => {
    const first = await startProcess();
    const acknowledged: string[] = [];
    let failed = 0;
    const exited = new Promise((r) => first.child.once('exit', r));
    // Eight workers keep submissions in flight; the kill lands while some are mid-commit.
    const worker = async (w: number) => {
      for (let i = w; i < 100_000; i += 8) {
        try {
          const res = await submit(first.url, i);
          if (res.status === 201) acknowledged.push(((await res.json()) as { receiptCode: string }).receiptCode);
          if (acknowledged.length === 300) first.child.kill('SIGKILL');
        } catch {
          failed++;
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    await exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    expect(failed).toBeGreaterThan(0);

    const second = await startProcess();
    const missing: string[] = [];
    for (const code of acknowledged) {
      const res = await fetch(`${second.url}/api/v1/public/receipts/${code}`);
      if (res.status !== 200) missing.push(code);
    }
    expect(missing).toEqual([]);
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
  }, 120_000);
});

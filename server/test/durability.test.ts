import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from './server-process.ts';
import { healthValues } from './valid-values.ts';
const dataDir = mkdtempSync(join(tmpdir(), 'sprout-kill-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function startProcess(): Promise<ServerProcess> {
  const server = await startServerProcess(dataDir, { SPROUT_DEMO: '1', SPROUT_RATE_LIMITS: 'off' });
  children.push(server.child);
  return server;
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
    await second.stop();
  }, 120_000);
});

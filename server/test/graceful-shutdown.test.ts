import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/storage/postgres/test-database.ts';
import { TEST_ENGINE } from './harness.ts';
import { startServerProcess } from './server-process.ts';
import { healthValues } from './valid-values.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sprout-sigterm-'));
// SQLite here; one PostgreSQL database in the unit-pg project.
let database: TestDatabase | undefined;
let engine: Record<string, string> = {};
beforeAll(async () => {
  database = TEST_ENGINE === 'postgres' ? await createTestDatabase() : undefined;
  engine = database ? { DATABASE_URL: database.url } : {};
});
afterAll(async () => {
  await database?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A submission whose body is sent in two halves, so it is surely in flight between them. */
function splitSubmission(url: string) {
  const body = JSON.stringify({ version: 1, consentVersion: 1, values: healthValues({ name: '停机时的住户' }) });
  const half = Math.floor(body.length / 2);
  const target = new URL(`${url}/api/v1/public/apps/health-code/submissions`);
  const req = request(target, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'idempotency-key': 'sigterm-1',
    },
  });
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, half));
  req.flushHeaders();
  return { answered, finish: () => req.end(body.slice(half)) };
}

describe('SIGTERM', () => {
  it('answers the submission in flight, keeps it, refuses new connections and exits 0', async () => {
    const server = await startServerProcess(dataDir, { ...engine, SPROUT_DEMO: '1', SPROUT_RATE_LIMITS: 'off' });
    const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
    const inFlight = splitSubmission(server.url);
    // Wait until the server has read the request line, so the request is surely in flight.
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`${server.url}/api/v1/health`)).rejects.toThrow();
    inFlight.finish();

    const answer = await inFlight.answered;
    expect(answer.status).toBe(201);
    const { receiptCode } = JSON.parse(answer.body) as { receiptCode: string };
    expect(await exited).toBe(0);
    expect(server.output()).toContain('queued submissions committed, database closed');

    const again = await startServerProcess(dataDir, engine);
    const receipt = await fetch(`${again.url}/api/v1/public/receipts/${receiptCode}`);
    expect(receipt.status).toBe(200);
    await again.stop();
  }, 60_000);

  it('logs one JSON line per request with method, route, status, ms and the request id it echoes', async () => {
    const server = await startServerProcess(dataDir, engine);
    const res = await fetch(`${server.url}/api/v1/public/apps/health-code`, {
      headers: { 'x-request-id': 'probe-42' },
    });
    expect(res.headers.get('x-request-id')).toBe('probe-42');
    const made = await fetch(`${server.url}/api/v1/ready`);
    expect(made.status).toBe(200);
    const madeId = made.headers.get('x-request-id');
    expect(madeId).toMatch(/^[0-9a-f-]{36}$/);
    await server.stop();
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({
        reqId: 'probe-42',
        method: 'GET',
        route: '/api/v1/public/apps/:slug',
        status: 200,
        ms: expect.any(Number),
      }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ reqId: madeId, route: '/api/v1/ready', status: 200 }));
  }, 60_000);
});

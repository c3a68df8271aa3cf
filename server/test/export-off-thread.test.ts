import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { NO_RATE_LIMITS } from '../src/http/rate-limit-policy.ts';
import type { Logger } from '../src/logging/logger.ts';
import { submissionRow } from '../src/storage/submission-row.fixture.ts';
import type { Submission } from '../src/storage/types.ts';
import { type Client, json, login, startTestServer, type TestServer } from './harness.ts';

// A large CSV export runs on a worker thread with its own connection (`off-thread-csv.ts`);
// a small one, or any on a store without a file, on the event loop. Both must write the same
// bytes: this server sends every CSV export to a worker, and a second app on the same
// storage keeps every one on the event loop.
let s: TestServer;
let admin: Client;
let viewer: Client;
let onEventLoop: ReturnType<typeof createApp>;
const appIds = new Map<string, number>();
const COPIES = 60;

beforeAll(async () => {
  s = await startTestServer({ app: { exportOffThreadRows: 0 } });
  admin = await login(s.url, 'county-admin');
  viewer = await login(s.url, 'county-viewer');
  onEventLoop = createApp({
    storage: s.storage,
    clock: s.clock,
    rateLimits: NO_RATE_LIMITS,
    exportOffThreadRows: Number.POSITIVE_INFINITY,
  });
  const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await admin.fetch('/apps'));
  for (const a of apps.items) appIds.set(a.slug, a.id);
  // The demo's submissions (regions, computed values, outcomes, statuses) many times over:
  // exports of several pages and ~64 KB chunks.
  for (const appId of appIds.values()) {
    const demo: Submission[] = [];
    for await (const page of s.storage.submissions.stream(appId, {})) demo.push(...page);
    const copies = [];
    for (let i = 0; i < COPIES; i++)
      for (const [n, d] of demo.entries()) {
        const { id: _, reviewComment: __, resultCode: ___, ...stored } = d;
        const row = {
          ...stored,
          receiptCode: `C${i}X${n}${d.receiptCode}`,
          status: i % 3 === 0 ? 'approved' : d.status,
        };
        copies.push(s.storage.submissions.insert(submissionRow(appId, d.orgId, row)));
      }
    await Promise.all(copies);
  }
}, 60_000);
afterAll(() => s.close());

const bytesOf = async (res: Response) => {
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};
const fromEventLoop = async (client: Client, path: string) =>
  bytesOf(await onEventLoop.request(`/api/v1${path}`, { headers: { cookie: client.cookie } }));

describe('a CSV export on a worker thread', () => {
  it('writes the same bytes as on the event loop, for every demo app, filter, order and column choice', async () => {
    const queries = ['', '?order=asc', '?status=approved', '?q=C1X', '?from=2020-01-01&to=2030-01-01&order=asc'];
    for (const [slug, appId] of appIds) {
      for (const query of queries) {
        const path = `/apps/${appId}/export.csv${query}`;
        const worker = await bytesOf(await admin.fetch(path));
        expect(worker.length, `${slug}${query}`).toBeGreaterThan(0);
        expect(worker.equals(await fromEventLoop(admin, path)), `${slug}${query}`).toBe(true);
      }
    }
    const elderly = appIds.get('elderly-subsidy');
    const rows = Number((await admin.fetch(`/apps/${elderly}/export.csv`)).headers.get('x-export-rows'));
    expect(rows).toBeGreaterThan(COPIES);
  }, 60_000);

  it('masks for a caller without sensitive:read and writes only the chosen columns, as on the event loop', async () => {
    const appId = appIds.get('elderly-subsidy');
    for (const path of [`/apps/${appId}/export.csv`, `/apps/${appId}/export.csv?columns=phone,idNumber&order=asc`]) {
      const worker = await bytesOf(await viewer.fetch(path));
      expect(worker.equals(await fromEventLoop(viewer, path)), path).toBe(true);
    }
    const whole = (await bytesOf(await admin.fetch(`/apps/${appId}/export.csv`))).toString('utf8');
    const masked = (await bytesOf(await viewer.fetch(`/apps/${appId}/export.csv`))).toString('utf8');
    expect(masked).not.toBe(whole);
    expect(masked).toContain('****');
  });

  it('ends the response and logs when the thread fails, and marks the export failed', async () => {
    const errors: Array<{ fields: object; message?: string }> = [];
    const logger: Logger = {
      info: () => {},
      warn: () => {},
      error: (fields, message) => errors.push({ fields, message: message ?? '' }),
    };
    // A database file that is not there: the thread cannot open its connection.
    const exports = Object.assign(Object.create(s.storage.exports), { file: `${s.dir}/missing.db` });
    const broken = createApp({
      storage: { ...s.storage, exports },
      clock: s.clock,
      rateLimits: NO_RATE_LIMITS,
      exportOffThreadRows: 0,
      logger,
    });
    const appId = appIds.get('health-code');
    const progress = 'failing-export-1';
    const res = await broken.request(`/api/v1/apps/${appId}/export.csv?progress=${progress}`, {
      headers: { cookie: admin.cookie },
    });
    expect(res.status).toBe(200);
    // The body ends (no hang) short of the rows: nothing was built.
    expect((await res.arrayBuffer()).byteLength).toBe(0);
    expect(errors).toEqual([
      { fields: expect.objectContaining({ appId, format: 'csv', err: expect.any(Error) }), message: 'export failed' },
    ]);
    const state = await json<{ state: string }>(await admin.fetch(`/exports/${progress}`));
    expect(state.state).toBe('failed');
  });
});

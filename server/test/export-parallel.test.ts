import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_FROM_ROWS } from '../src/export/parallel-csv.ts';
import { sampleValues } from '../src/seed/samples.ts';
import { submissionRow } from '../src/storage/submission-row.fixture.ts';
import type { SharedExportRows } from '../src/storage/types.ts';
import { type Client, json, login, startTestServer, type TestServer } from './harness.ts';

// A long CSV export is formatted on worker threads, each reading its pages from the
// database file itself. It must be the very file one thread writes: same bytes, same
// masking, same filters and chosen columns.
// Received (four in five) alone is long enough for the workers too.
const ROWS = Math.ceil(PARALLEL_FROM_ROWS * 1.3);

let s: TestServer;
let admin: Client;
let viewer: Client;
let appId = 0;
let shared: SharedExportRows | undefined;

beforeAll(async () => {
  s = await startTestServer();
  admin = await login(s.url, 'county-admin');
  viewer = await login(s.url, 'county-viewer');
  const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await admin.fetch('/apps'));
  appId = apps.items.find((a) => a.slug === 'health-code')?.id ?? 0;
  const orgId = (await s.storage.apps.published('health-code'))?.orgId ?? 0;
  const samples = sampleValues('2026-03-02')['health-code'] ?? [];
  const inserts = [];
  for (let i = 0; i < ROWS; i++) {
    const sample = samples[i % samples.length] ?? {};
    // Text needing quotes and a formula to defuse now and then, so escaping runs on the workers too.
    const travelPlaces = i % 7 === 0 ? `=HYPERLINK("x"),杭州 ${i}` : sample.travelPlaces;
    const values = { ...sample, name: `住户${i}`, ...(travelPlaces ? { travelPlaces } : {}) };
    const status = i % 5 === 0 ? 'approved' : 'received';
    inserts.push(
      s.storage.submissions.insert({
        ...submissionRow(appId, orgId, { receiptCode: `PX${i}`, submittedAt: '2026-03-02T02:00:00.000Z', values }),
        status,
      }),
    );
  }
  await Promise.all(inserts);
  shared = s.storage.exports.shared;
}, 120_000);
afterAll(() => s.close());

/** The CSV on workers and on one thread (the shared file hidden from the route). */
async function bothWays(client: Client, query: string): Promise<[string, string]> {
  const res = await client.fetch(`/apps/${appId}/export.csv${query}`);
  expect(Number(res.headers.get('x-export-rows'))).toBeGreaterThanOrEqual(PARALLEL_FROM_ROWS);
  const parallel = await res.text();
  s.storage.exports.shared = undefined;
  try {
    return [parallel, await (await client.fetch(`/apps/${appId}/export.csv${query}`)).text()];
  } finally {
    s.storage.exports.shared = shared;
  }
}

describe('a long CSV export on worker threads', () => {
  it('is byte for byte the file one thread writes', async () => {
    expect(shared).toBeDefined();
    const [parallel, single] = await bothWays(admin, '');
    expect(parallel.split('\r\n').length).toBeGreaterThan(ROWS);
    expect(parallel).toContain('"\'=HYPERLINK(""x""),杭州 7"');
    expect(parallel).toBe(single);
  }, 60_000);

  it('masks what a viewer may not read, as one thread does', async () => {
    const [parallel, single] = await bothWays(viewer, '');
    const [admins] = await bothWays(admin, '');
    expect(parallel).toBe(single);
    expect(parallel).not.toBe(admins);
    expect(parallel).not.toContain('330110198503150010');
  }, 60_000);

  it('keeps filters, order and chosen columns', async () => {
    const query = '?status=received&order=asc&columns=name,symptoms';
    const [parallel, single] = await bothWays(admin, query);
    expect(parallel).toBe(single);
    // Oldest first, and no approved row (every fifth, PX0 among them).
    expect(parallel.indexOf('\r\nPX1,')).toBeLessThan(parallel.indexOf('\r\nPX2,'));
    expect(parallel).not.toContain('\r\nPX0,');
    expect(parallel.split('\r\n')[0]).toBe('回执码,提交时间,状态,版本,姓名,目前是否有以下症状,年龄,有症状,结果');
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionRow } from '../src/storage/submission-row.fixture.ts';
import type { ExportRow } from '../src/storage/types.ts';
import { type Client, json, login, startTestServer, type TestServer } from './harness.ts';

// A download on a slow link must hold the export back: the server reads rows from the
// database only as fast as the client takes bytes, so its memory stays flat however
// large the export. 20,000 rows of ~2 KB make ~40 MB, well above what loopback's socket
// buffers can hold, so a server that ignored backpressure would run to the end.
const ROWS = 20_000;
const LONG_NAME = '住'.repeat(700);

let s: TestServer;
let admin: Client;
let appId = 0;
let rowsRead = 0;

beforeAll(async () => {
  s = await startTestServer();
  admin = await login(s.url, 'county-admin');
  const apps = await json<{ items: Array<{ id: number; slug: string; orgId: number }> }>(await admin.fetch('/apps'));
  const app = apps.items.find((a) => a.slug === 'health-code');
  appId = app?.id ?? 0;
  const published = await s.storage.apps.published('health-code');
  const orgId = published?.orgId ?? 0;
  const inserts = [];
  for (let i = 0; i < ROWS; i++) {
    const row = {
      receiptCode: `BP${i}`,
      submittedAt: '2026-03-02T02:00:00.000Z',
      values: { name: `${LONG_NAME}${i}` },
    };
    inserts.push(s.storage.submissions.insert(submissionRow(appId, orgId, row)));
  }
  await Promise.all(inserts);
  // Count the rows the export has taken from storage so far: what the server holds or has sent.
  const rows = s.storage.exports.rows.bind(s.storage.exports);
  s.storage.exports.rows = async function* (...args): AsyncIterable<ExportRow[]> {
    for await (const page of rows(...args)) {
      rowsRead += page.length;
      yield page;
    }
  };
}, 60_000);
afterAll(() => s.close());

const settle = () => new Promise((r) => setTimeout(r, 400));

describe('a CSV export to a slow client', () => {
  it('reads rows only as fast as the client takes them, then finishes whole', async () => {
    const res = await admin.fetch(`/apps/${appId}/export.csv`);
    expect(res.status).toBe(200);
    // The demo's own submissions to the app come with ours.
    const total = Number(res.headers.get('x-export-rows'));
    expect(total).toBeGreaterThanOrEqual(ROWS);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let bytes = 0;
    let lines = 0;
    const take = async (atLeast: number) => {
      while (bytes < atLeast) {
        const { value, done } = await reader.read();
        if (done) return;
        bytes += value.length;
        for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lines++;
      }
    };
    await take(256 * 1024);
    await settle();
    const heldBack = rowsRead;
    // Socket buffers and a page or two in flight, nowhere near the whole export.
    expect(heldBack).toBeLessThan(ROWS / 2);
    await settle();
    expect(rowsRead).toBe(heldBack);
    await take(Number.POSITIVE_INFINITY);
    expect(rowsRead).toBe(total);
    expect(lines).toBe(total + 1);
  }, 60_000);
});

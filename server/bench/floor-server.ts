import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { serveApp } from '../src/http/serve-app.ts';
import { createGroupCommit } from '../src/storage/sqlite/group-commit.ts';
import { headedReference } from './headed-reference.ts';

// The floors `bench:server` compares Sprout against, in the same run and on the same
// machine: what a bare hono app on @hono/node-server does with none of Sprout's work.
// Run as its own process (like the real server) so neither shares the load generator's
// event loop: `node --import tsx server/bench/floor-server.ts <floor.db> <sprout.db>`.
//   GET  /health      a bare route answering `{ status: 'ok' }`
//   GET  /health-headed  (the reference, on its own port: "reference at" in the first line)
//                     the same with the headers every Sprout API answer must carry (the API's
//                     security headers, `X-Request-Id`, `Vary`), added as Sprout adds them
//                     (`addToHead` on the `HeadedResponse` that `serveApp` serves): what those
//                     headers alone cost, server and load generator. The floor's own port keeps
//                     Node's plain response.
//   POST /submit      the body parsed and inserted as a row through the same group commit
//                     (WAL, synchronous=FULL), answered after its commit: no validation
//   GET  /export.csv  Sprout's stored submissions of `?app=` as CSV, the naive way:
//                     JSON.parse of each row's values, one line built per row
const [floorFile, sproutFile] = process.argv.slice(2);
if (!floorFile) throw new Error('usage: floor-server.ts <floor.db> [sprout.db]');

const db = new Database(floorFile);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(`CREATE TABLE IF NOT EXISTS submissions (
  id INTEGER PRIMARY KEY, app_id INTEGER NOT NULL, idempotency_key TEXT, values_json TEXT NOT NULL,
  submitted_at TEXT NOT NULL)`);
db.exec('CREATE UNIQUE INDEX IF NOT EXISTS submissions_key ON submissions (app_id, idempotency_key)');
const insert = db.prepare(
  'INSERT INTO submissions (app_id, idempotency_key, values_json, submitted_at) VALUES (1, ?, ?, ?)',
);
const batch = db.transaction((rows: Array<[string, string, string]>) =>
  rows.map((r) => Number(insert.run(...r).lastInsertRowid)),
);
const commits = createGroupCommit<[string, string, string], number>((rows) => batch(rows));

const csvField = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const app = new Hono();
app.get('/health', (c) => c.json({ status: 'ok' }));
app.post('/submit', async (c) => {
  const body = (await c.req.json()) as { values: unknown };
  const id = await commits.submit([
    c.req.header('idempotency-key') ?? '',
    JSON.stringify(body.values),
    new Date().toISOString(),
  ]);
  return c.json({ id }, 201);
});
app.get('/export.csv', (c) => {
  if (!sproutFile) return c.text('no sprout database given', 400);
  const appId = Number(c.req.query('app'));
  const fields = (c.req.query('fields') ?? '').split(',');
  const source = new Database(sproutFile, { readonly: true });
  const rows = source
    .prepare<[number], { id: number; receipt_code: string; submitted_at: string; status: string; values_json: string }>(
      'SELECT id, receipt_code, submitted_at, status, values_json FROM submissions WHERE app_id = ? ORDER BY id',
    )
    .iterate(appId);
  c.header('Content-Type', 'text/csv; charset=utf-8');
  return stream(c, async (out) => {
    await out.write(`${['receipt', 'submitted', 'status', ...fields].join(',')}\r\n`);
    let chunk = '';
    let n = 0;
    for (const r of rows) {
      const values = JSON.parse(r.values_json) as Record<string, unknown>;
      chunk += `${[r.receipt_code, r.submitted_at, r.status, ...fields.map((f) => values[f])].map(csvField).join(',')}\r\n`;
      if (++n % 1000 === 0) {
        await out.write(chunk);
        chunk = '';
      }
    }
    await out.write(chunk);
    source.close();
  });
});

serveApp(headedReference(), { port: 0, hostname: '127.0.0.1' }, (ref) => {
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    console.log(`floor running at http://127.0.0.1:${info.port} (reference at http://127.0.0.1:${ref.port})`);
  });
});
process.on('SIGTERM', () => {
  commits.drain();
  db.close();
  process.exit(0);
});

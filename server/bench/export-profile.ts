import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EXAMPLES } from '@sprout/examples';
import { csvField, exportLayout } from '../src/export/columns.ts';
import { regionNames } from '../src/export/region-names.ts';
import { createSqliteStorage } from '../src/storage/sqlite/index.ts';
import { sampleValues } from '../src/seed/samples.ts';
import { loadSubmissions } from './load-submissions.ts';

// Profiles the export's hot loop in one process against the naive floor's, on the same rows:
// `tsx bench/export-profile.ts <rows> <rounds>` (the data dir is kept in /tmp between runs;
// EXPORT_PROFILE_DIR names another).
const ROWS = Number(process.argv[2] ?? 200_000);
const ROUNDS = Number(process.argv[3] ?? 2);
const dir = process.env.EXPORT_PROFILE_DIR ?? `/tmp/exprof/${ROWS}`;
if (!existsSync(join(dir, 'sprout.db'))) await loadSubmissions(dir, ROWS);
const file = join(dir, 'sprout.db');

async function sprout(): Promise<number> {
  const storage = createSqliteStorage({ file, divisions: 'fixture' });
  const app = await storage.apps.published('health-code');
  const def = EXAMPLES['health-code']!;
  const layout = exportLayout(def, { locale: 'zh-CN', timeZone: 'Asia/Shanghai', audience: 'machines' });
  const regions = regionNames(storage.divisions);
  // As the route writes CSV: rows and lines as UTF-8 bytes, handed to the socket as they are.
  const utf8 = { utf8Bytes: true };
  const line = layout.csvLines(utf8);
  let bytes = Buffer.byteLength(`\uFEFF${layout.headers.map(csvField).join(',')}\r\n`);
  for await (const page of storage.exports.rows(app!.appId, {}, layout.pick, utf8)) {
    await regions.prime(layout.regionCodes(page, utf8));
    let chunk = '';
    for (const row of page) chunk += `${line(row, regions)}\r\n`;
    bytes += Buffer.from(chunk, 'latin1').length;
  }
  await storage.close();
  return bytes;
}

function floor(): number {
  const source = new Database(file, { readonly: true });
  const appId = (source.prepare(`SELECT id FROM apps WHERE slug = 'health-code'`).get() as { id: number }).id;
  const fields = Object.keys(sampleValues('2026-03-02')['health-code']?.[0] ?? {});
  const rows = source
    .prepare('SELECT id, receipt_code, submitted_at, status, values_json FROM submissions WHERE app_id = ? ORDER BY id')
    .iterate(appId) as Iterable<{ receipt_code: string; submitted_at: string; status: string; values_json: string }>;
  let bytes = 0;
  let chunk = '';
  let n = 0;
  for (const r of rows) {
    const values = JSON.parse(r.values_json) as Record<string, unknown>;
    chunk += `${[r.receipt_code, r.submitted_at, r.status, ...fields.map((f) => values[f])].map((v) => csvField(String(v))).join(',')}\r\n`;
    if (++n % 1000 === 0) {
      bytes += Buffer.byteLength(chunk);
      chunk = '';
    }
  }
  source.close();
  return bytes + Buffer.byteLength(chunk);
}

async function time(name: string, run: () => Promise<number> | number) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const bytes = await run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const us = (used.user + used.system) / ROWS;
  console.log(
    `${name}: ${(wall / 1000).toFixed(2)} s wall, ${us.toFixed(2)} µs CPU/row, ${((wall * 1000) / ROWS).toFixed(2)} µs wall/row, ${(bytes / 1e6).toFixed(1)} MB`,
  );
}

// A fourth argument, floor or sprout, runs only that variant, so the peak RSS printed is its own.
const only = process.argv[4];
for (let i = 0; i < ROUNDS; i++) {
  if (!only || only === 'floor') await time('floor ', floor);
  if (!only || only === 'sprout') await time('sprout', sprout);
}
const status = readFileSync('/proc/self/status', 'utf8');
console.log(`peak RSS ${Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]) / 1024} MB`);

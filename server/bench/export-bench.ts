import { join } from 'node:path';
import { sampleValues } from '../src/seed/samples.ts';
import { DEMO_PASSWORD, loadSubmissions } from './load-submissions.ts';
import { type ServerProcess, startFloor, startServer } from './server-process.ts';

const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 1_000_000);

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'county-admin', password: DEMO_PASSWORD }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export interface ExportRun {
  rows: number;
  seconds: number;
  cpu: number;
  bytes: number;
  peakRssMb: number;
  rssBeforeMb: number;
}

/** Downloads one CSV as fast as loopback goes, counting lines; the process's CPU and peak RSS around it. */
async function download(server: ServerProcess, url: string, cookie: string): Promise<ExportRun> {
  const rssBefore = server.peakRssMb();
  const cpuBefore = server.cpuSeconds();
  const start = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = server.cpuSeconds() - cpuBefore;
  return { rows: lines - 1, seconds, cpu, bytes, peakRssMb: server.peakRssMb(), rssBeforeMb: rssBefore };
}

const SLOW_SECONDS = Number(process.env.BENCH_SLOW_SECONDS ?? 12);
const SLOW_BYTES_PER_SECOND = 256 * 1024;

export interface SlowRun {
  seconds: number;
  bytes: number;
  /** VmRSS of the server sampled once a second while the client lagged, in MB. */
  rssSamplesMb: number[];
}

/**
 * A client on a slow link (256 KB/s): reads a little, waits, reads again, while the
 * server's RSS is sampled. With backpressure the server produces no faster than the
 * client reads and its memory stays flat; without, it would buffer the whole export.
 */
async function slowDownload(server: ServerProcess, url: string, cookie: string): Promise<SlowRun> {
  const res = await fetch(url, { headers: { cookie } });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const start = performance.now();
  const rssSamplesMb: number[] = [];
  let bytes = 0;
  for (let second = 0; second < SLOW_SECONDS; second++) {
    let thisSecond = 0;
    while (thisSecond < SLOW_BYTES_PER_SECOND) {
      const { value, done } = await reader.read();
      if (done) break;
      thisSecond += value.length;
    }
    bytes += thisSecond;
    await new Promise((r) => setTimeout(r, Math.max(0, start + (second + 1) * 1000 - performance.now())));
    rssSamplesMb.push(server.rssMb());
  }
  await reader.cancel();
  return { seconds: (performance.now() - start) / 1000, bytes, rssSamplesMb };
}

/** Two exports of the same side, as one: rows, time and CPU added up; peak RSS the process's whole life. */
function added(a: ExportRun, b: ExportRun): ExportRun {
  return {
    rows: a.rows + b.rows,
    seconds: a.seconds + b.seconds,
    cpu: a.cpu + b.cpu,
    bytes: a.bytes + b.bytes,
    peakRssMb: Math.max(a.peakRssMb, b.peakRssMb),
    rssBeforeMb: a.rssBeforeMb,
  };
}

const ROUNDS = Number(process.env.BENCH_EXPORT_ROUNDS ?? 2);

/**
 * Sprout's CSV export of `EXPORT_ROWS` health-code submissions against the naive floor
 * (JSON.parse per row) reading the same database file, each in its own process so peak
 * RSS belongs to the export. The two take turns (Sprout, floor, Sprout, floor…) so the
 * machine's other work weighs on both alike; each side's rounds are added up, so rows,
 * bytes and times are per round times `ROUNDS`.
 */
export async function measureExport(dataDir: string) {
  const loadStart = performance.now();
  await loadSubmissions(dataDir, EXPORT_ROWS);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const fields = Object.keys(sampleValues('2026-03-02')['health-code']?.[0] ?? {});
  const sproutFile = join(dataDir, 'sprout.db');
  const server = await startServer(dataDir, { built: true });
  let floor: ServerProcess | undefined;
  try {
    floor = await startFloor(join(dataDir, 'floor.db'), sproutFile);
    const cookie = await login(server.url);
    const apps = (await (await fetch(`${server.url}/api/v1/apps`, { headers: { cookie } })).json()) as {
      items: Array<{ id: number; slug: string }>;
    };
    const appId = apps.items.find((a) => a.slug === 'health-code')?.id;
    const sproutUrl = `${server.url}/api/v1/apps/${appId}/export.csv`;
    const floorUrl = `${floor.url}/export.csv?app=${appId}&fields=${fields.join(',')}`;
    let sprout: ExportRun | undefined;
    let naive: ExportRun | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      const s = await download(server, sproutUrl, cookie);
      sprout = sprout ? added(sprout, s) : s;
      const f = await download(floor, floorUrl, '');
      naive = naive ? added(naive, f) : f;
    }
    const slow = await slowDownload(server, sproutUrl, cookie);
    return { sprout: sprout as ExportRun, naive: naive as ExportRun, slow, loadSeconds, rounds: ROUNDS };
  } finally {
    await Promise.all([server.stop(), floor?.stop()]);
  }
}

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

/**
 * Sprout's CSV export of `EXPORT_ROWS` health-code submissions against the naive floor
 * (JSON.parse per row) reading the same database file, each in a fresh process so
 * peak RSS belongs to the export.
 */
export async function measureExport(dataDir: string) {
  const loadStart = performance.now();
  await loadSubmissions(dataDir, EXPORT_ROWS);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const fields = Object.keys(sampleValues('2026-03-02')['health-code']?.[0] ?? {});
  const sproutFile = join(dataDir, 'sprout.db');
  const server = await startServer(dataDir, { built: true });
  let appId: number | undefined;
  let sprout: ExportRun;
  let slow: SlowRun;
  try {
    const cookie = await login(server.url);
    const apps = (await (await fetch(`${server.url}/api/v1/apps`, { headers: { cookie } })).json()) as {
      items: Array<{ id: number; slug: string }>;
    };
    appId = apps.items.find((a) => a.slug === 'health-code')?.id;
    sprout = await download(server, `${server.url}/api/v1/apps/${appId}/export.csv`, cookie);
    slow = await slowDownload(server, `${server.url}/api/v1/apps/${appId}/export.csv`, cookie);
  } finally {
    await server.stop();
  }
  const floor = await startFloor(join(dataDir, 'floor.db'), sproutFile);
  try {
    const naive = await download(floor, `${floor.url}/export.csv?app=${appId}&fields=${fields.join(',')}`, '');
    return { sprout, naive, slow, loadSeconds };
  } finally {
    await floor.stop();
  }
}

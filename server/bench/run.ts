import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAggregateBench } from './aggregates.ts';
import { measureExport } from './export-bench.ts';
import { FINDINGS } from './findings.ts';
import { measureHttp, rate } from './http-bench.ts';
import { measureValidationBuilt } from './validation-built.ts';
import { type Measured, report } from './report.ts';
import { buildServer, startFloor, startServer } from './server-process.ts';

// `pnpm bench:server`: issue 16's lean-server targets, each against a floor started in
// the same run, written to bench/results/server.md; then issue 14's aggregates.
// BENCH_ONLY=http or BENCH_ONLY=export runs one half (not written to the results file).
const RESULTS = resolve(import.meta.dirname, '../../bench/results/server.md');
const ONLY = process.env.BENCH_ONLY;

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function http(root: string) {
  const server = await startServer(join(root, 'http'), { built: true });
  const floor = await startFloor(join(root, 'floor.db'), '');
  try {
    const result = await measureHttp(server, floor);
    console.log(
      `health ${rate(result.health.sprout).toFixed(0)} vs ${rate(result.health.floor).toFixed(0)} req/s;`,
      `submit ${rate(result.submit.sprout).toFixed(0)} vs ${rate(result.submit.floor).toFixed(0)} req/s`,
    );
    return result;
  } finally {
    await Promise.all([server.stop(), floor.stop()]);
  }
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'sprout-bench-'));
  const before = loadAverage();
  const start = performance.now();
  try {
    // Sprout is measured as deployments run it: the production build, no transpiler.
    buildServer();
    const measured: Measured = {
      validation: await measureValidationBuilt(root),
      load: { before, after: '' },
      seconds: 0,
    };
    if (ONLY !== 'export') measured.http = await http(root);
    if (ONLY !== 'http') {
      measured.exp = await measureExport(join(root, 'export'));
      const { sprout, naive } = measured.exp;
      console.log(`export ${sprout.rows} rows in ${sprout.seconds.toFixed(2)} s (naive ${naive.seconds.toFixed(2)} s)`);
      console.log(`peak RSS ${sprout.peakRssMb.toFixed(0)} MB; slow client RSS ${measured.exp.slow.rssSamplesMb}`);
    }
    measured.load.after = loadAverage();
    measured.seconds = (performance.now() - start) / 1000;
    const markdown = report(measured, FINDINGS);
    if (ONLY) {
      console.log(markdown);
      return;
    }
    mkdirSync(resolve(RESULTS, '..'), { recursive: true });
    writeFileSync(RESULTS, markdown);
    console.log(`written ${RESULTS}`);
    // Issue 14's statistics and rollup targets, written to bench/results/aggregates.md.
    if (process.env.BENCH_SKIP_AGGREGATES !== '1') await runAggregateBench();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();

/**
 * `pnpm bench:runtime`: builds one minimal page per library, drives Debian's Chromium over
 * them side by side, and writes bench/results/runtime.md.
 * Flags: --quick (one load each), --cpu=1 or --cpu=4 (one CPU rate only), --sizes=1000, --libs=plain,rjsf,
 * --parts=peers,first-visit (both by default).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { startServer } from '../../e2e/support/server.ts';
import { type FirstVisitResult, measureFirstVisit } from './driver/first-visit.ts';
import { type LoadSample, measureLoad } from './driver/measure-load.ts';
import { measurePageJs, type PageSize } from './driver/page-size.ts';
import { createPlan, LIBS, type Lib, type Plan } from './driver/plan.ts';
import { renderReport, type RunRecord } from './driver/report.ts';
import { serveStatic } from '../support/static-server.ts';

const bench = fileURLToPath(new URL('../', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
const pagesOut = `${bench}.tmp/runtime-pages/`;
const residentOut = `${bench}.tmp/resident/`;

function run(command: string, args: string[], cwd: string): boolean {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  return result.status === 0;
}

function buildPages(): void {
  console.log('Building the benchmark pages…');
  for (const pages of ['peers', 'sprout']) {
    const vite = spawnSync(`${bench}node_modules/.bin/vite`, ['build', '-c', 'runtime/vite.config.ts'], {
      cwd: bench,
      stdio: 'inherit',
      env: { ...process.env, BENCH_PAGES: pages },
    });
    if (vite.status !== 0) throw new Error(`building the benchmark pages (${pages}) failed (see above)`);
  }
}

/** The real resident page, built with the runtime's own config into bench/.tmp (runtime/dist is left alone). */
function buildResident(): boolean {
  console.log('Building the resident page (runtime/vite.config.ts)…');
  const vite = `${repo}runtime/node_modules/.bin/vite`;
  return run(vite, ['build', '--outDir', residentOut, '--emptyOutDir', '--logLevel', 'warn'], `${repo}runtime`);
}

async function chromiumVersion(): Promise<string> {
  const browser = await launchBrowser();
  const version = browser.version();
  await browser.close();
  return version;
}

async function measureSizes(libs: Lib[], residentBuilt: boolean): Promise<Record<string, PageSize>> {
  const sizes: Record<string, PageSize> = {};
  // The bare React page is a reference beside the peers: only measured when they are.
  for (const lib of libs.length ? [...libs.map((l) => l.id), 'react-bare'] : []) {
    sizes[lib] = await measurePageJs(`${pagesOut}${lib}/index.html`);
  }
  if (residentBuilt) sizes.resident = await measurePageJs(`${residentOut}resident.html`, '/r/');
  return sizes;
}

function listFlag(argv: string[], name: string): string[] | undefined {
  return argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',');
}

function parseFlags(argv: string[]) {
  const parts = listFlag(argv, 'parts') ?? ['peers', 'first-visit'];
  return {
    peers: parts.includes('peers'),
    firstVisit: parts.includes('first-visit'),
    quick: argv.includes('--quick'),
    cpuRates: listFlag(argv, 'cpu')?.map(Number),
    sizes: listFlag(argv, 'sizes')?.map(Number),
    libs: listFlag(argv, 'libs'),
  };
}

async function measureAll(origin: string, libs: Lib[], plan: Plan, samples: Map<string, LoadSample[]>) {
  const browser = await launchBrowser();
  try {
    for (const cpuRate of plan.cpuRates) {
      for (const size of plan.sizes) {
        for (let round = 0; round < plan.loads(size, cpuRate); round++) {
          // Rotate who goes first so slow drift on a shared machine does not favour one library.
          const order = libs.map((_, i) => libs[(i + round) % libs.length]!);
          for (const lib of order) {
            const sample = await measureLoad(browser, {
              url: `${origin}/${lib.id}/index.html?n=${size}`,
              cpuRate,
              keystrokes: plan.keystrokes(size, cpuRate),
              toggles: plan.toggles(size, cpuRate),
              probeBudgetMs: plan.probeBudgetMs,
              timeoutMs: plan.timeoutMs,
            });
            const key = `${cpuRate}|${size}|${lib.id}`;
            samples.set(key, [...(samples.get(key) ?? []), sample]);
            console.log(
              `cpu ×${cpuRate} n=${size} ${lib.id.padEnd(8)} #${round + 1}: mount ${sample.mountMs.toFixed(0)} ms, heap ${(sample.heapBytes / 1e6).toFixed(1)} MB`,
            );
          }
        }
      }
    }
    return browser.version();
  } finally {
    await browser.close();
  }
}

/**
 * A resident's first and second visit to the real server's `/a/health-code`, built and
 * served as in production (runtime/dist with its brotli copies, the demo seeded).
 */
async function measureResidentVisits(loads: number): Promise<FirstVisitResult | undefined> {
  console.log('Building runtime/dist for the real server…');
  if (!run('npx', ['-y', 'pnpm@10', '--filter', '@sprout/runtime', 'run', 'build'], repo)) return undefined;
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  try {
    return await measureFirstVisit(browser, server.url, '/a/health-code', loads);
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const flags = parseFlags(process.argv.slice(2));
  const plan = createPlan(flags);
  if (flags.peers) buildPages();
  const residentBuilt = buildResident();
  const libs = LIBS.filter(
    (lib) =>
      flags.peers && existsSync(`${pagesOut}${lib.id}/index.html`) && (!flags.libs || flags.libs.includes(lib.id)),
  );
  const sizes = await measureSizes(libs, residentBuilt);
  const samples = new Map<string, LoadSample[]>();
  const loadBefore = loadavg()[0]!;
  const server = await serveStatic(pagesOut);
  try {
    const chromium = flags.peers ? await measureAll(server.origin, libs, plan, samples) : undefined;
    const firstVisit = flags.firstVisit ? await measureResidentVisits(flags.quick ? 1 : 5) : undefined;
    const record: RunRecord = {
      date: new Date().toISOString(),
      chromium: chromium ?? (await chromiumVersion()),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
      durationS: (Date.now() - started) / 1000,
      quick: flags.quick,
      libs,
      plan,
      samples,
      sizes,
      firstVisit,
    };
    const out = `${bench}results/runtime.md`;
    await mkdir(`${bench}results`, { recursive: true });
    await writeFile(out, renderReport(record));
    console.log(`Wrote ${out} in ${record.durationS.toFixed(0)} s`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

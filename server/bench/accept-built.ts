import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { serverBundleOptions } from '../scripts/bundle-options.mjs';

// Bundles `accept-probe.ts` as the production server is bundled (workspace packages in,
// npm dependencies such as the native better-sqlite3 left to server/node_modules) and runs
// it with plain node: `tsx bench/accept-built.ts [rounds of 50]`. BENCH_CPU_PROF=<dir> profiles it.
const outfile = join(resolve(import.meta.dirname, '..'), 'dist', 'accept-probe.mjs');
await build({ ...serverBundleOptions(), entryPoints: [join(import.meta.dirname, 'accept-probe.ts')], outfile });
const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
const run = spawnSync(process.execPath, [...prof, outfile, ...process.argv.slice(2)], {
  encoding: 'utf8',
  stdio: 'inherit',
});
process.exit(run.status ?? 1);

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { serverBundleOptions } from '../scripts/bundle-options.mjs';

/**
 * Bundles the probe `bench/<name>.ts` as the production server is bundled (workspace packages
 * in, npm dependencies such as the native better-sqlite3 left to server/node_modules) and runs
 * it with plain node, its exit code answered. BENCH_CPU_PROF=<dir> profiles it.
 */
export async function runBuiltProbe(
  name: string,
  args: string[],
  stdout: 'inherit' | 'ignore' = 'inherit',
): Promise<number> {
  const outfile = join(resolve(import.meta.dirname, '..'), 'dist', `${name}.mjs`);
  await build({ ...serverBundleOptions(), entryPoints: [join(import.meta.dirname, `${name}.ts`)], outfile });
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const run = spawnSync(process.execPath, [...prof, outfile, ...args], { stdio: ['inherit', stdout, 'inherit'] });
  return run.status ?? 1;
}

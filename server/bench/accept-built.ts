import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

// Bundles `accept-probe.ts` as the production server is bundled (workspace packages in,
// npm dependencies such as the native better-sqlite3 left to server/node_modules) and runs
// it with plain node: `tsx bench/accept-built.ts [rounds of 50]`. BENCH_CPU_PROF=<dir> profiles it.
const serverDir = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const external = Object.entries(manifest.dependencies)
  .filter(([, version]) => !version.startsWith('workspace:'))
  .flatMap(([name]) => [name, `${name}/*`]);
const outfile = join(serverDir, 'dist', 'accept-probe.mjs');
await build({
  entryPoints: [join(import.meta.dirname, 'accept-probe.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external,
  sourcemap: true,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __sproutRequire } from 'node:module'; const require = __sproutRequire(import.meta.url);",
  },
});
const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
const run = spawnSync(process.execPath, [...prof, outfile, ...process.argv.slice(2)], {
  encoding: 'utf8',
  stdio: 'inherit',
});
process.exit(run.status ?? 1);

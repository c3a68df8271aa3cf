// Lays out dist/ as the kit's publishable package: the CLI and the three entries bundled
// with the parts of @sprout/shared they use (so nothing points into this workspace), a
// package.json without workspace dependencies, the widget API types and the README.
// `npm pack ./dist` (or `npm publish ./dist`) takes it from there.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const kit = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(kit, 'dist');
const pkg = JSON.parse(readFileSync(join(kit, 'package.json'), 'utf8'));

// Installed with the kit: esbuild builds widgets. playwright-core and axe-core serve only
// the browser half of the test kit, so they are optional peers a vendor adds for it.
const RUNTIME_DEPS = ['esbuild'];
const OPTIONAL_PEERS = ['playwright-core', 'axe-core'];

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
await build({
  absWorkingDir: kit,
  entryPoints: {
    index: 'src/index.ts',
    widget: 'src/widget.ts',
    'test-kit': 'src/test-kit/index.ts',
    cli: 'src/cli/bin.ts',
  },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [...RUNTIME_DEPS, ...OPTIONAL_PEERS],
  // Some bundled CommonJS (tar-stream's helpers) calls require: give the ES module one.
  banner: {
    js: "import { createRequire as __kitRequire } from 'node:module'; const require = __kitRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
const cli = join(dist, 'cli.js');
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`, { mode: 0o755 });

// The widget API's types (one self-contained file in shared) for `@sprout/component-kit/widget`.
const tsc = spawnSync(
  join(kit, 'node_modules/.bin/tsc'),
  [
    '../shared/src/catalog/pack/widget-api.ts',
    '--declaration',
    '--emitDeclarationOnly',
    '--target',
    'es2022',
    '--skipLibCheck',
    '--outDir',
    'dist/types',
  ],
  { cwd: kit, encoding: 'utf8' },
);
if (tsc.status !== 0) throw new Error(`tsc: ${tsc.stdout}${tsc.stderr}`);
writeFileSync(join(dist, 'widget.d.ts'), "export * from './types/widget-api.js';\n");

const pick = (names) => Object.fromEntries(names.map((n) => [n, pkg.dependencies[n]]));
const published = {
  name: pkg.name,
  version: pkg.version,
  description: pkg.description,
  type: 'module',
  license: pkg.license,
  exports: {
    '.': './index.js',
    './widget': { types: './widget.d.ts', default: './widget.js' },
    './test-kit': './test-kit.js',
  },
  bin: { 'sprout-pack': './cli.js' },
  engines: { node: '>=20' },
  dependencies: pick(RUNTIME_DEPS),
  peerDependencies: pick(OPTIONAL_PEERS),
  peerDependenciesMeta: Object.fromEntries(OPTIONAL_PEERS.map((n) => [n, { optional: true }])),
};
writeFileSync(join(dist, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
copyFileSync(join(kit, 'README.md'), join(dist, 'README.md'));
console.log(`dist/ ready: npm pack ${dist}`);

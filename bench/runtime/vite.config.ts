import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));
const LIBS = ['plain', 'surveyjs', 'rjsf', 'react-bare', 'sprout'];

/** One minimal page per library, each its own entry, built for production into bench/.tmp/. */
export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../.tmp/runtime-pages/', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: Object.fromEntries(
        LIBS.filter((lib) => existsSync(`${pages}${lib}/index.html`)).map((lib) => [lib, `${pages}${lib}/index.html`]),
      ),
    },
  },
});

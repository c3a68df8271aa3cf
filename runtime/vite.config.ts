import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHintsPlugin } from './vite/compile-hints.ts';
import { hostModulesPlugin } from './vite/host-modules.ts';
import { scriptsAfterStylesPlugin } from './vite/scripts-after-styles.ts';
import { serviceWorkerPlugin } from './vite/service-worker.ts';

// The resident pages are their own entries: no editor code reaches a resident's phone.
// `host/*.js` are the modules vendor widgets import React and the kit from (see
// vite/host-modules.ts). The sandboxed widget frame is a second build (vite.frame.config.ts)
// so that its entry does not re-split the chunks these pages load. `sw.js` is the pages'
// offline worker (vite/service-worker.ts), with the files each page loads written in.
export default defineConfig({
  base: '/r/',
  plugins: [
    react(),
    hostModulesPlugin(),
    serviceWorkerPlugin('/r/'),
    scriptsAfterStylesPlugin('/r/'),
    compileHintsPlugin(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { resident: 'resident.html', verify: 'verify.html' } },
  },
});

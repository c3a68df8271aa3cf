import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The document untrusted vendor widgets run in (an iframe with an opaque origin), built
// after the pages into the same dist/. Its own React copy is the price of isolation, paid
// only by forms that use an untrusted pack.
export default defineConfig({
  base: '/r/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: { input: { 'widget-frame': 'widget-frame.html' } },
  },
});

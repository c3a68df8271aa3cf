import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The resident form rendered on the server (src/pages/resident/render-resident-form.tsx): one
// self-contained ES module, React included, so the server (or its production build) loads it
// from runtime/dist-ssr/ without resolving the runtime's dependencies. Styles stay in dist/.
export default defineConfig({
  plugins: [react()],
  // React picks its production build by process.env.NODE_ENV, which the server need not set.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/pages/resident/render-resident-form.tsx',
    outDir: 'dist-ssr',
    emptyOutDir: true,
    rollupOptions: { output: { entryFileNames: 'render-resident.js' } },
  },
});

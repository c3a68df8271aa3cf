import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The resident pages are their own entries: no editor code reaches a resident's phone.
export default defineConfig({
  base: '/r/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { resident: 'resident.html', verify: 'verify.html' } },
  },
});

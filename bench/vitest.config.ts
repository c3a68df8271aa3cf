import { defineConfig } from 'vitest/config';

// The bench's own logic tests, until the root config's unit project includes bench/**.
export default defineConfig({
  test: { include: ['**/*.test.ts'], exclude: ['**/node_modules/**', '.tmp/**'], environment: 'node' },
});

import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (fast, pure and server-on-loopback tests beside the code) and
 * `e2e` (real Chromium against the real built server, one file at a time).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{shared,runtime,editor,server,examples,bench,component-kit}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/*.e2e.test.ts', 'bench/.tmp/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts', 'examples/packs/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          // A browser test that failed is run again, up to twice, before it counts as failed:
          // on two cores a click or a lazy chunk now and then misses a timeout. One that is
          // broken fails every time and still fails the suite.
          retry: 2,
          globalSetup: ['e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});

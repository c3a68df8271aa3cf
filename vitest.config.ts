import { defineConfig } from 'vitest/config';

/**
 * The route tests that touch the core stores run on PostgreSQL too (`unit-pg`, with
 * `SPROUT_TEST_ENGINE=postgres` telling `server/test/harness.ts` which engine to start).
 */
const ROUTE_TESTS_ON_POSTGRES = [
  'server/test/submissions.test.ts',
  'server/test/public.test.ts',
  'server/test/apps.test.ts',
  'server/test/auth.test.ts',
  'server/test/scope.test.ts',
  'server/test/exports.test.ts',
  'server/test/uploads.test.ts',
  'server/test/org-admin.test.ts',
  'server/test/login-throttle.test.ts',
  'server/test/rate-limits.test.ts',
  'server/test/retention.test.ts',
  'server/test/audit-log.test.ts',
  'server/test/forced-password.test.ts',
  // review and result codes, packs, the library, tasks and statistics (pg-stores)
  'server/test/review.test.ts',
  'server/test/result-codes.test.ts',
  'server/test/result-code-review.test.ts',
  'server/test/result-code-issuer.test.ts',
  'server/test/packs.test.ts',
  'server/test/pack-stats.test.ts',
  'server/test/templates.test.ts',
  'server/test/blocks.test.ts',
  'server/test/tasks.test.ts',
  'server/test/stats.test.ts',
  'server/test/console-filters.test.ts',
  'server/test/privacy-masking.test.ts',
  'server/test/ssrf.test.ts',
  'server/test/two-nodes.test.ts',
  'server/test/readiness.test.ts',
  'server/test/production-build.test.ts',
  // what an app's life and a resident's submission meet, on PostgreSQL too
  'server/test/app-archive.test.ts',
  'server/test/malformed-input.test.ts',
  'server/test/outcome-rules.test.ts',
  'server/test/signed-in-submitters.test.ts',
  'server/test/first-start.test.ts',
  'server/test/graceful-shutdown.test.ts',
];

/**
 * Three projects: `unit` (fast, pure and server-on-loopback tests beside the code), `unit-pg`
 * (the PostgreSQL engine's tests and route tests on one throwaway PostgreSQL per run) and
 * `e2e` (real Chromium against the real built server, one file at a time).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{shared,runtime,editor,server,examples,bench,component-kit}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/*.e2e.test.ts', 'bench/.tmp/**', 'server/src/storage/postgres/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'unit-pg',
          include: ['server/src/storage/postgres/**/*.test.ts', ...ROUTE_TESTS_ON_POSTGRES],
          environment: 'node',
          env: { SPROUT_TEST_ENGINE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          globalSetup: ['server/src/storage/postgres/test-global-setup.ts'],
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

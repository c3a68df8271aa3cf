#!/usr/bin/env bash
# The README's test command: installs everything a fresh clone needs, then runs
# lint, typecheck, the builds and every test (unit and real-Chromium browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm() { npx -y pnpm@10 "$@"; }

pnpm install --frozen-lockfile
node scripts/ensure-chromium.mjs
pnpm run lint
pnpm run typecheck
pnpm run build

mkdir -p test-results
rm -f test-results/unit.json test-results/unit-pg.json test-results/e2e.json
status=0
# The unit project first, then the same storage contracts and core route tests on a throwaway
# PostgreSQL (unit-pg; SPROUT_TEST_DATABASE_URL picks an existing server instead), then the
# browser tests on their own: on two cores, browser tests that share the CPU with a hundred
# unit files turn timing into flakiness.
for project in unit unit-pg e2e; do
  pnpm exec vitest run --project "$project" --reporter=default --reporter=json \
    --outputFile.json="test-results/$project.json" || status=$?
done
node scripts/summarize-tests.mjs test-results/unit.json test-results/unit-pg.json test-results/e2e.json || status=1
exit "$status"

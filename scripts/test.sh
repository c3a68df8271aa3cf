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
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
node scripts/summarize-tests.mjs test-results/vitest.json || status=1
exit "$status"

#!/usr/bin/env bash
# Every benchmark, side by side with its peers; results land in bench/results/*.md.
set -euo pipefail
cd "$(dirname "$0")/.."
npx -y pnpm@10 install --frozen-lockfile
node scripts/ensure-chromium.mjs
npx -y pnpm@10 run build
for target in bench:server bench:runtime bench:editor; do
  if node -e "process.exit(require('./package.json').scripts['$target'] ? 0 : 1)"; then
    npx -y pnpm@10 run "$target"
  fi
done

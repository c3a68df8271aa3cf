#!/usr/bin/env bash
# The README's first command: installs what a fresh clone needs, builds the editor and
# the resident pages, then starts Sprout on an embedded SQLite file with a seeded demo.
set -euo pipefail
cd "$(dirname "$0")/.."

npx -y pnpm@10 install --frozen-lockfile
npx -y pnpm@10 run build
exec npx -y pnpm@10 --filter @sprout/server run start

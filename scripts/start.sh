#!/usr/bin/env bash
# The README's first command: installs what a fresh clone needs, builds the editor, the
# resident pages and the server (server/dist, plain JS), then starts Sprout with node on an
# embedded SQLite file with a seeded demo.
# The demo (ten officials with a published password) is what this try-it command is
# for; a real deployment starts the server without SPROUT_DEMO (see docs/deploy.md).
set -euo pipefail
export SPROUT_DEMO="${SPROUT_DEMO:-1}"
cd "$(dirname "$0")/.."

npx -y pnpm@10 install --frozen-lockfile
npx -y pnpm@10 run build
exec npx -y pnpm@10 --filter @sprout/server run start

#!/usr/bin/env bash
# The one command that runs every test (`npm test`): the same in CI (.ci/run) and on a laptop.
# Order: cheap checks first, browsers last. Any failure stops the run with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
step() { printf '\n== %s\n' "$*"; }

step "typecheck";           npx tsc --noEmit
step "lint: ESLint (security bans, front doors, pure core) and knip (unused code)"; npm run -s lint
step "unit, DOM and extension tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json
step "build: Chrome MV3";   npx wxt build
step "build: Firefox MV2";  npx wxt build -b firefox
step "web-ext lint";        node scripts/web-ext-lint.mjs
step "end-to-end: Chromium, then Firefox ESR"
node scripts/e2e.mjs
step "summary";             node scripts/test-summary.mjs

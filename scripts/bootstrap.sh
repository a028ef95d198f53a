#!/usr/bin/env bash
# Everything a fresh Debian machine with only Node.js needs before the harness can run: npm packages, Debian
# packages (Chromium, MariaDB, certutil), and the twin's SPA build. Each part runs only when it is missing or stale,
# so `npm run smoke` and `npm test` call it on every start at almost no cost.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)…" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
bash scripts/setup-system.sh
node_modules/.bin/tsx scripts/build-web.ts

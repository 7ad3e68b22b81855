#!/usr/bin/env bash
# npm test: installs whatever is missing (pnpm, dependencies, Debian's Chromium), then runs every check:
# lint, types, unit and integration tests, the build, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-pnpm.sh

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages for the browser tests..."
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

pnpm install --frozen-lockfile
rm -rf test-results packages/*/test-results apps/*/test-results plugins/*/test-results tools/*/test-results
status=0
# The database tests run on SQLite and on a throwaway PostgreSQL server (installed from Debian's packages if missing;
# decision 020), which scripts/with-postgres.sh starts for this step and always removes afterwards.
bash scripts/with-postgres.sh pnpm exec turbo run lint lint:repo typecheck test test:repo build --concurrency=2 --output-logs=new-only || status=$?
if [ "$status" = 0 ]; then
  pnpm exec turbo run test:e2e --concurrency=1 --output-logs=full || status=$?
fi
node scripts/summarise-tests.mjs || true
exit "$status"

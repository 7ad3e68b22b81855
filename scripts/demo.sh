#!/usr/bin/env bash
# npm run demo: from a fresh clone to a running portal on SQLite with demo data, in one command.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-pnpm.sh

echo "Installing dependencies..."
pnpm install --frozen-lockfile
echo "Building the packages and the portal..."
pnpm exec turbo run build --filter=@open-sds/portal... --output-logs=errors-only
cd apps/portal
# Not NODE_ENV=production: a demo shows the messages it would send (reset links included) at /outbox, which the
# portal refuses to do in production (decision 027).
export OPEN_SDS_DEMO=true
export PORT="${PORT:-3000}"
# The demo is served over plain HTTP on this machine only; a real deployment sits behind HTTPS and keeps
# secure cookies on (the default in production).
export SECURE_COOKIES="${SECURE_COOKIES:-false}"
# Staff may try signing in with a code from an app (decision 033). The key that seals their secrets is made once and
# kept beside the demo's database, so a second factor set up in one run still works in the next. A real deployment
# sets OPEN_SDS_SECOND_FACTOR_KEY itself and keeps it apart from the database's backups.
if [ -z "${OPEN_SDS_SECOND_FACTOR_KEY:-}" ]; then
  mkdir -p data
  [ -s data/second-factor.key ] || node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('hex'))" > data/second-factor.key
  OPEN_SDS_SECOND_FACTOR_KEY="$(cat data/second-factor.key)"
  export OPEN_SDS_SECOND_FACTOR_KEY
fi
node scripts/db-setup.js --sample-history
exec node server.js

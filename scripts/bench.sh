#!/usr/bin/env bash
# pnpm bench            lists the benchmarks
# pnpm bench NAME       runs bench/NAME.ts (figures printed, JSON written to bench/results/)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  echo "Benchmarks (run one with: pnpm bench NAME):"
  for file in bench/*.ts; do echo "  $(basename "$file" .ts)"; done
  exit 0
fi
file="bench/$1.ts"
[ -f "$file" ] || { echo "There is no benchmark called $1 (looked for $file)."; exit 1; }
shift
exec node_modules/.bin/tsx --conditions=@open-sds/source "$file" "$@"

# Sourced by the other scripts: makes sure pnpm 10 is on the PATH, installing it with npm when it is missing.
# (corepack is not used: its signature check fails on machines without the wider internet.)
if ! command -v pnpm >/dev/null 2>&1; then
  echo "Installing pnpm 10 with npm..."
  if ! npm install --global pnpm@10 >/dev/null 2>&1; then
    # No permission for a global install: put pnpm in a folder of ours instead.
    npm install --prefix "$HOME/.open-sds-tools" pnpm@10 >/dev/null
    export PATH="$HOME/.open-sds-tools/node_modules/.bin:$PATH"
  fi
fi
export TURBO_TELEMETRY_DISABLED=1
export DO_NOT_TRACK=1

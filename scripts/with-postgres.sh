#!/usr/bin/env bash
# scripts/with-postgres.sh COMMAND...: runs COMMAND with a throwaway PostgreSQL server, then stops and deletes it.
#
# Installs PostgreSQL from Debian's packages if it is missing, makes a new cluster in a temporary folder, starts it on
# a free port on 127.0.0.1 only, and runs COMMAND with OPEN_SDS_TEST_POSTGRES_URL set to a superuser connection to it.
# The tests create and drop their own databases through that URL. It is not DATABASE_URL on purpose: a developer's
# DATABASE_URL may point at a real database, and the tests must never touch one (decision 020).
# The cluster is tuned for tests (fsync off): it is deleted afterwards, so nothing is lost by losing durability.
set -euo pipefail

if [ "$#" = 0 ]; then
  echo "Usage: scripts/with-postgres.sh COMMAND [ARGUMENTS...]" >&2
  exit 2
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The newest installed server's programs; Debian keeps them in /usr/lib/postgresql/NN/bin, off the PATH.
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "Installing PostgreSQL from Debian's packages for the database tests..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
  bin="$(find_bin)"
fi

# initdb refuses to run as root, so as root the cluster belongs to the postgres user the package created.
run_as=()
if [ "$(id -u)" = 0 ]; then run_as=(runuser -u postgres --); fi

folder="$(mktemp -d "${TMPDIR:-/tmp}/open-sds-postgres.XXXXXX")"
[ "$(id -u)" = 0 ] && chown postgres: "$folder"

stop() {
  status=$?
  "${run_as[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
  exit "$status"
}
trap stop EXIT INT TERM

# A free port: the system hands one out, and it is released just before the server takes it.
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

"${run_as[@]}" "$bin/initdb" -D "$folder/data" -U open_sds --auth=trust --encoding=UTF8 --no-locale >"$folder/initdb.log" 2>&1 ||
  {
    cat "$folder/initdb.log" >&2
    exit 1
  }
if ! "${run_as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  >/dev/null; then
  echo "The test PostgreSQL server did not start:" >&2
  cat "$folder/server.log" >&2
  exit 1
fi

export OPEN_SDS_TEST_POSTGRES_URL="postgres://open_sds@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
"$@"

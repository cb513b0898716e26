#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL: initdb in a temporary folder, start on a free port,
# run the command with AGON_TEST_POSTGRES_URL (the server) and DATABASE_URL (an empty database `app`),
# then stop the server and delete the folder, whatever the command did. Exits with the command's status.
#
# When PostgreSQL is missing or will not start, it fails under CI=true and otherwise skips (status 0)
# with the reason, so a laptop without PostgreSQL can still run `npm test`.
#   bash scripts/with-postgres.sh npx jest --selectProjects integration
set -uo pipefail
cd "$(dirname "$0")/.."

unavailable() {
  if [ "${CI:-}" = "true" ]; then
    echo "with-postgres: $1 (CI=true, so this fails; install it with apt-get install -y postgresql)" >&2
    exit 1
  fi
  echo "with-postgres: SKIPPED, $1 (install postgresql to run the PostgreSQL suite)" >&2
  exit 0
}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || unavailable "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)"

data=$(mktemp -d /tmp/agon-pg-XXXXXX)
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# initdb and the server refuse to run as root; as root they run as the postgres user.
as_owner=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || unavailable "running as root and there is no postgres user to run the server"
  chown postgres:postgres "$data"
  as_owner=(runuser -u postgres --)
fi

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$data"
}
trap stop EXIT

# C collation orders text by code point, as SQLite does, so both databases sort the same way.
"${as_owner[@]}" "$bin/initdb" -D "$data/db" -U postgres --auth=trust -E UTF8 --locale=C >"$data/initdb.log" 2>&1 \
  || { cat "$data/initdb.log" >&2; unavailable "initdb failed"; }
# Durability is pointless for a throwaway database; turning it off makes the suite faster.
"${as_owner[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 30 \
  -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { cat "$data/server.log" >&2; unavailable "the server did not start"; }

server="postgresql://postgres@127.0.0.1:$port/postgres"
node -e '
const { Client } = require("pg");
const client = new Client({ connectionString: process.argv[1] });
client.connect().then(() => client.query("CREATE DATABASE app")).then(() => client.end()).catch((e) => { console.error(e.message); process.exit(1); });
' "$server" || unavailable "could not create a database"

echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port" >&2
AGON_TEST_POSTGRES_URL="$server" DATABASE_URL="postgresql://postgres@127.0.0.1:$port/app" "$@"

#!/usr/bin/env bash
# `npm run bench`: run every tests/bench/*.bench.ts in turn; each prints its figures with the ratio to a
# baseline measured in the same run. A benchmark that cannot run here (no corpus, no clingo) says why.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
status=0
for bench in tests/bench/*.bench.ts; do
  [ -e "$bench" ] || { echo "No benchmarks found."; exit 0; }
  echo "== ${bench#tests/bench/}"
  npx tsx "$bench" || status=1
done
# Live updates between two app processes on one PostgreSQL (LISTEN/NOTIFY); skips without PostgreSQL.
echo "== live.bench.ts on PostgreSQL"
bash scripts/with-postgres.sh bash -c 'AGON_BENCH_POSTGRES_URL="$DATABASE_URL" npx tsx tests/bench/live.bench.ts' || status=1
exit $status

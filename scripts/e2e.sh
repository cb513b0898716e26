#!/usr/bin/env bash
# End-to-end tests: a fresh SQLite database (or PostgreSQL, below) with the demo workspace, a production build, then
# Playwright (Debian Chromium) against `next start`.
set -euo pipefail
cd "$(dirname "$0")/.."
# E2E_ON_POSTGRES=1 under scripts/with-postgres.sh runs them on that throwaway PostgreSQL instead.
postgres_url="${DATABASE_URL:-}"
source scripts/env.sh
if [ "${E2E_ON_POSTGRES:-0}" = "1" ]; then
  [[ "$postgres_url" == postgres* ]] || { echo "E2E_ON_POSTGRES=1 needs a PostgreSQL DATABASE_URL (run under scripts/with-postgres.sh)" >&2; exit 2; }
  export DATABASE_URL="$postgres_url"
else
  export DATABASE_URL="file:./e2e.db"
  rm -f e2e.db e2e.db-journal
fi
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
# A big map (over 150 claims) for tests/e2e/map-scale.spec.ts, owned by the demo account. Seeded here,
# before the server runs: a CLI writing into SQLite beside the running server held the file's lock long
# enough for the server's own write transactions to time out in other tests.
npx tsx scripts/agon.ts seed-synthetic --claims 220 --edges 500 >/dev/null
if [ "${E2E_SKIP_BUILD:-0}" != "1" ] || [ ! -f .next/BUILD_ID ]; then
  npx next build >/tmp/agon-e2e-build.log 2>&1 || { tail -60 /tmp/agon-e2e-build.log; exit 1; }
fi
export PLAYWRIGHT_JSON_OUTPUT_NAME=.pw.json
exec npx playwright test "$@"

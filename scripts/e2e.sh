#!/usr/bin/env bash
# End-to-end tests: a fresh SQLite database with the demo workspace, a production build, then
# Playwright (Debian Chromium) against `next start`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
export DATABASE_URL="file:./e2e.db"
rm -f e2e.db e2e.db-journal
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
if [ "${E2E_SKIP_BUILD:-0}" != "1" ] || [ ! -f .next/BUILD_ID ]; then
  npx next build >/tmp/agon-e2e-build.log 2>&1 || { tail -60 /tmp/agon-e2e-build.log; exit 1; }
fi
export PLAYWRIGHT_JSON_OUTPUT_NAME=.pw.json
exec npx playwright test "$@"

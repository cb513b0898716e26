#!/usr/bin/env bash
# Set up and start Agon on SQLite with the demo workspace: migrate, seed (idempotent), build, start.
# PORT (default 3000), DEMO_EMAIL and DEMO_PASSWORD are honoured; existing data is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

echo "==> Database: ${DATABASE_URL}"
npx prisma generate >/dev/null
npx prisma migrate deploy | grep -E "applied|No pending|Error" || true
echo "==> Seeding the demo workspace"
npx tsx prisma/seed.ts
if [ "${AGON_SKIP_BUILD:-0}" != "1" ] || [ ! -f .next/BUILD_ID ]; then
  echo "==> Building the app"
  npx next build >/tmp/agon-build.log 2>&1 || { tail -40 /tmp/agon-build.log; exit 1; }
fi
PORT="${PORT:-3000}"
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:${PORT}}"
echo "==> Agon is starting on http://localhost:${PORT}"
exec npx next start -p "${PORT}"

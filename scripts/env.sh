# Shared environment for the project's scripts (sourced, not run). Creates .env with a random
# NEXTAUTH_SECRET on first use so a fresh clone needs no manual set-up.
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
if [ ! -f .env ]; then
  secret=$(node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64url'))")
  printf 'DATABASE_URL="file:./dev.db"\nNEXTAUTH_SECRET="%s"\n' "$secret" > .env
fi
set -a
# shellcheck disable=SC1091
. ./.env
set +a
export DATABASE_URL="${DATABASE_URL:-file:./dev.db}"

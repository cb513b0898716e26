#!/usr/bin/env bash
# Every suite: jest (lib units and services on SQLite), then Playwright end to end. Ends with one
# line "N passed, N failed[, N skipped]" summing them all; exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
export CI="${CI:-true}"
status=0
rm -f .jest.json .pw.json

npx jest --json --outputFile=.jest.json || status=1
E2E_SKIP_BUILD=0 bash scripts/e2e.sh || status=1

node -e '
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0;
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const jest = read(".jest.json");
if (jest) { passed += jest.numPassedTests; failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites || 0); skipped += jest.numPendingTests + jest.numTodoTests; }
else { failed += 1; console.error("jest wrote no results"); }
const pw = read(".pw.json");
if (pw && pw.stats) { passed += pw.stats.expected + pw.stats.flaky; failed += pw.stats.unexpected; skipped += pw.stats.skipped; }
else { failed += 1; console.error("playwright wrote no results"); }
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
process.exit(failed > 0 ? 1 : 0);
' || status=1
exit $status

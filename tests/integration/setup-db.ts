import fs from "node:fs";
import path from "node:path";

// Runs before each test file's modules load, so lib/server/db.ts connects to this file's own copy.
const template = process.env.AGON_TEST_TEMPLATE_DB;
if (!template) throw new Error("AGON_TEST_TEMPLATE_DB is unset: run integration tests through jest's globalSetup.");
const file = path.join(path.dirname(template), `test-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;

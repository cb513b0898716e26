import fs from "node:fs";
import path from "node:path";
import { postgresDatabaseUrl, runPostgresAdmin } from "./postgres-admin";

// Runs before each test file's modules load, so lib/server/db.ts connects to this file's own copy.
const template = process.env.AGON_TEST_TEMPLATE_DB;
if (!template) throw new Error("AGON_TEST_TEMPLATE_DB is unset: run integration tests through jest's globalSetup.");
const copyName = `test_${process.pid}_${Math.random().toString(36).slice(2)}`;
const postgresServer = process.env.AGON_TEST_POSTGRES_URL;
if (postgresServer) {
  // Copying a template database is PostgreSQL's cheap way to a fresh migrated database.
  runPostgresAdmin(postgresServer, [`CREATE DATABASE ${copyName} TEMPLATE ${template}`]);
  process.env.DATABASE_URL = postgresDatabaseUrl(postgresServer, copyName);
} else {
  const file = path.join(path.dirname(template), `${copyName}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}

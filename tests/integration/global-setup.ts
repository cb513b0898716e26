// Build one migrated template database per run; each test file copies it (tests/integration/setup-db.ts),
// so service tests hit a real database with the real migrations and never share rows. SQLite by
// default; PostgreSQL when AGON_TEST_POSTGRES_URL names a server (scripts/with-postgres.sh sets it).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { postgresDatabaseUrl, runPostgresAdmin } from "./postgres-admin";

function migrate(databaseUrl: string): void {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "pipe",
  });
}

export default function globalSetup(): void {
  const server = process.env.AGON_TEST_POSTGRES_URL;
  if (server) {
    const template = `agon_template_${process.pid}`;
    runPostgresAdmin(server, [`DROP DATABASE IF EXISTS ${template}`, `CREATE DATABASE ${template}`]);
    migrate(postgresDatabaseUrl(server, template));
    process.env.AGON_TEST_TEMPLATE_DB = template;
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agon-it-"));
  const template = path.join(dir, "template.db");
  migrate(`file:${template}`);
  process.env.AGON_TEST_TEMPLATE_DB = template;
}

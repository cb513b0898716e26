/**
 * Keeps the PostgreSQL side of the schema in step with the SQLite side, which is the one people edit.
 *
 *   npm run -s db:pg-schema           derive prisma/pg/schema.prisma and every missing or stale
 *                                     prisma/pg/migrations/<name>/ from prisma/migrations/<name>/
 *   npm run -s db:pg-schema -- --check   change nothing; exit 1 listing what is out of date
 *
 * Prisma has no `provider = env()`, and a generated client serves one provider, so the PostgreSQL
 * schema is the SQLite one with another provider and its own client output (node_modules/.prisma/
 * client-pg, chosen at run time by lib/server/db.ts). Each SQLite migration folder keeps a
 * `schema.snapshot.prisma`; its PostgreSQL twin gets the derived snapshot and the SQL that
 * `prisma migrate diff` writes from the previous derived snapshot to this one. Hand-written SQL in a
 * SQLite migration (FTS5 tables, triggers) is not in the datamodel, so it never reaches PostgreSQL by
 * this route: when PostgreSQL needs its own hand-written SQL for a migration, write
 * prisma/pg/migrations/<name>/migration.sql with the first line `-- hand-written`, and this script
 * keeps it as it is.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const HAND_WRITTEN_MARK = "-- hand-written";
export const PG_CLIENT_OUTPUT = "../../node_modules/.prisma/client-pg";
const GENERATED_HEADER = "// GENERATED from prisma/schema.prisma by scripts/pg-schema.ts: do not edit; edit that file and run `npm run -s db:pg-schema`.\n";

/** The PostgreSQL twin of a SQLite schema: provider switched, client generated to its own folder. */
export function derivePgSchema(sqliteSchema: string): string {
  let providerSwitched = 0;
  let outputAdded = 0;
  const body = sqliteSchema
    .replace(/^(\s*provider\s*=\s*)"sqlite"/m, (_, lead: string) => {
      providerSwitched += 1;
      return `${lead}"postgresql"`;
    })
    .replace(/^(\s*)provider(\s*)=(\s*)"prisma-client-js"\s*$/m, (line: string, indent: string, gap: string, gap2: string) => {
      outputAdded += 1;
      // Same column alignment as the provider line it follows.
      return `${line.trimEnd()}\n${indent}output${" ".repeat(Math.max(1, "provider".length + gap.length - "output".length))}=${gap2}"${PG_CLIENT_OUTPUT}"`;
    });
  if (providerSwitched !== 1) throw new Error('The schema must have exactly one `provider = "sqlite"` datasource.');
  if (outputAdded !== 1) throw new Error('The schema must have exactly one `provider = "prisma-client-js"` generator (one key per line, no `output`).');
  return GENERATED_HEADER + body;
}

export interface MigrationPlan {
  name: string;
  sqliteSnapshot: string;
  pgDir: string;
  /** The derived snapshot of the previous migration, or null for the first one. */
  previousPgSnapshot: string | null;
  pgSnapshot: string;
  handWritten: boolean;
}

const root = path.resolve(__dirname, "..");
const sqliteMigrations = path.join(root, "prisma/migrations");
const pgRoot = path.join(root, "prisma/pg");
const pgMigrations = path.join(pgRoot, "migrations");

function readIfExists(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}

/** Every SQLite migration folder in order, with what its PostgreSQL twin should hold. */
export function planMigrations(): MigrationPlan[] {
  const names = fs
    .readdirSync(sqliteMigrations, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  let previousPgSnapshot: string | null = null;
  return names.map((name) => {
    const snapshotFile = path.join(sqliteMigrations, name, "schema.snapshot.prisma");
    const sqliteSnapshot = readIfExists(snapshotFile);
    if (sqliteSnapshot === null) {
      throw new Error(`prisma/migrations/${name} has no schema.snapshot.prisma: copy the schema it migrates to there (see README, Development).`);
    }
    const pgDir = path.join(pgMigrations, name);
    const pgSnapshot = derivePgSchema(sqliteSnapshot);
    const existingSql = readIfExists(path.join(pgDir, "migration.sql"));
    const plan: MigrationPlan = { name, sqliteSnapshot, pgDir, previousPgSnapshot, pgSnapshot, handWritten: existingSql?.startsWith(HAND_WRITTEN_MARK) ?? false };
    previousPgSnapshot = pgSnapshot;
    return plan;
  });
}

/** `prisma migrate diff` between two PostgreSQL datamodels (no database needed for schema → schema). */
function diffSql(from: string | null, to: string): string {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "agon-pg-schema-"));
  try {
    const toFile = path.join(scratch, "to.prisma");
    fs.writeFileSync(toFile, to);
    const fromArgs = from === null ? ["--from-empty"] : ["--from-schema-datamodel", path.join(scratch, "from.prisma")];
    if (from !== null) fs.writeFileSync(path.join(scratch, "from.prisma"), from);
    // A SQLite URL keeps the CLI on its bundled WASM engine without a live database.
    return execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", toFile, "--script"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "file:./pg-schema-diff.db", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Cheap staleness checks (no Prisma CLI): what a developer forgot to regenerate. */
export function findStale(): string[] {
  const stale: string[] = [];
  const expectedSchema = derivePgSchema(fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8"));
  if (readIfExists(path.join(pgRoot, "schema.prisma")) !== expectedSchema) stale.push("prisma/pg/schema.prisma");
  const plans = planMigrations();
  for (const plan of plans) {
    const where = `prisma/pg/migrations/${plan.name}`;
    if (readIfExists(path.join(plan.pgDir, "schema.snapshot.prisma")) !== plan.pgSnapshot) stale.push(`${where}/schema.snapshot.prisma`);
    if (readIfExists(path.join(plan.pgDir, "migration.sql")) === null) stale.push(`${where}/migration.sql`);
  }
  const known = new Set(plans.map((p) => p.name));
  if (fs.existsSync(pgMigrations)) {
    for (const entry of fs.readdirSync(pgMigrations, { withFileTypes: true })) {
      if (entry.isDirectory() && !known.has(entry.name)) stale.push(`prisma/pg/migrations/${entry.name} (no SQLite migration of that name)`);
    }
  }
  if (readIfExists(path.join(pgMigrations, "migration_lock.toml")) === null) stale.push("prisma/pg/migrations/migration_lock.toml");
  return stale;
}

function generate(): void {
  fs.mkdirSync(pgMigrations, { recursive: true });
  fs.writeFileSync(path.join(pgRoot, "schema.prisma"), derivePgSchema(fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8")));
  fs.writeFileSync(path.join(pgMigrations, "migration_lock.toml"), '# Prisma migrate lock file\nprovider = "postgresql"\n');
  // A changed snapshot changes the SQL of the migration after it too.
  let previousRegenerated = false;
  for (const plan of planMigrations()) {
    const snapshotFile = path.join(plan.pgDir, "schema.snapshot.prisma");
    const sqlFile = path.join(plan.pgDir, "migration.sql");
    if (plan.handWritten) {
      previousRegenerated = readIfExists(snapshotFile) !== plan.pgSnapshot;
      fs.writeFileSync(snapshotFile, plan.pgSnapshot);
      console.log(`kept  ${plan.name} (hand-written)`);
      continue;
    }
    // Unchanged snapshots mean unchanged SQL: skip the slow CLI call.
    if (!previousRegenerated && readIfExists(snapshotFile) === plan.pgSnapshot && readIfExists(sqlFile) !== null) continue;
    previousRegenerated = true;
    fs.mkdirSync(plan.pgDir, { recursive: true });
    fs.writeFileSync(sqlFile, diffSql(plan.previousPgSnapshot, plan.pgSnapshot));
    fs.writeFileSync(snapshotFile, plan.pgSnapshot);
    console.log(`wrote ${plan.name}`);
  }
}

if (require.main === module) {
  if (process.argv.includes("--check")) {
    const stale = findStale();
    if (stale.length > 0) {
      console.error(`PostgreSQL schema is out of date; run \`npm run -s db:pg-schema\`:\n  ${stale.join("\n  ")}`);
      process.exit(1);
    }
    console.log("prisma/pg is up to date.");
  } else {
    generate();
  }
}

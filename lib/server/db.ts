import { PrismaClient, type Prisma } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl } from "./database-url";

/** A client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type Db = PrismaClient | Prisma.TransactionClient;

export { isPostgresUrl };

/**
 * A generated Prisma client serves one provider, so PostgreSQL has its own, generated from
 * prisma/pg/schema.prisma into node_modules/.prisma/client-pg (see scripts/pg-schema.ts). Both come
 * from the same datamodel, so the SQLite client's types describe it; it is loaded only when used.
 */
function loadPostgresClient(): typeof PrismaClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(".prisma/client-pg") as { PrismaClient: typeof PrismaClient }).PrismaClient;
}

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL ?? "file:./dev.db";
  // The Rust query engine cannot be downloaded here, so the client always runs on a driver adapter.
  if (isPostgresUrl(url)) return new (loadPostgresClient())({ adapter: new PrismaPg({ connectionString: url }) });
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

/**
 * True for a unique-constraint violation (P2002). Checked by name and code rather than
 * `instanceof`: each generated client carries its own copy of Prisma's error classes.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.name === "PrismaClientKnownRequestError" && (error as { code?: unknown }).code === "P2002";
}

// One client per process: Next's dev server re-evaluates modules on every change.
const globalForPrisma = globalThis as unknown as { agonPrisma?: PrismaClient };
export const db: PrismaClient = globalForPrisma.agonPrisma ?? (globalForPrisma.agonPrisma = createClient());

import { Prisma, PrismaClient } from "@prisma/client";
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
function loadPostgresClient(): { PrismaClient: typeof PrismaClient; Prisma: typeof Prisma } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(".prisma/client-pg") as { PrismaClient: typeof PrismaClient; Prisma: typeof Prisma };
}

const databaseUrl = () => process.env.DATABASE_URL ?? "file:./dev.db";

function createClient(): PrismaClient {
  const url = databaseUrl();
  // The Rust query engine cannot be downloaded here, so the client always runs on a driver adapter.
  if (isPostgresUrl(url)) return new (loadPostgresClient().PrismaClient)({ adapter: new PrismaPg({ connectionString: url }) });
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

/**
 * `sql`, `join` and `raw` for building raw queries from fragments, from the client in use. Use these,
 * not `Prisma.sql` from "@prisma/client": each generated client recognises only its own fragment
 * class, and the PostgreSQL client would bind a SQLite-client fragment as one parameter.
 */
export const sqlFragments: Pick<typeof Prisma, "sql" | "join" | "raw" | "empty"> = isPostgresUrl(databaseUrl()) ? loadPostgresClient().Prisma : Prisma;

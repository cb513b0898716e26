import { PrismaClient, type Prisma } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

/** A client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type Db = PrismaClient | Prisma.TransactionClient;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:/.test(url);
}

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL ?? "file:./dev.db";
  // The Rust query engine cannot be downloaded here, so the client always runs on a driver adapter.
  const adapter = isPostgresUrl(url) ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  return new PrismaClient({ adapter });
}

// One client per process: Next's dev server re-evaluates modules on every change.
const globalForPrisma = globalThis as unknown as { agonPrisma?: PrismaClient };
export const db: PrismaClient = globalForPrisma.agonPrisma ?? (globalForPrisma.agonPrisma = createClient());

// One Prisma CLI config for both databases. The CLI must run with a driver adapter and the JS
// engine: the Rust engines cannot be downloaded here (see README, design notes).
import "dotenv/config";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
// 6.19's adapter-pg cannot read pg's `name` type during migrations (prisma#27403), hence the alias.
import { PrismaPg } from "@prisma/adapter-pg-migrate";

process.env.DATABASE_URL ??= "file:./dev.db"; // never unset: the CLI would fall back to downloading an engine
const url = process.env.DATABASE_URL;
const isPg = /^postgres(ql)?:/.test(url);

export default defineConfig({
  schema: isPg ? "prisma/pg/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: isPg ? "prisma/pg/migrations" : "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => (isPg ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url })),
});

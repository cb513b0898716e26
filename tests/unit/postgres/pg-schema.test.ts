import { derivePgSchema, findStale, PG_CLIENT_OUTPUT } from "../../../scripts/pg-schema";

const SQLITE_SCHEMA = [
  "generator client {",
  '  provider   = "prisma-client-js"',
  '  engineType = "client"',
  "}",
  "",
  "datasource db {",
  '  provider = "sqlite"',
  '  url      = env("DATABASE_URL")',
  "}",
  "",
  "model Note {",
  "  id       String @id",
  '  provider String @default("sqlite")',
  "}",
].join("\n");

describe("the PostgreSQL schema", () => {
  it("switches the datasource to postgresql and generates the client to its own folder", () => {
    const pg = derivePgSchema(SQLITE_SCHEMA);
    expect(pg).toMatch(/datasource db \{\n {2}provider = "postgresql"\n/);
    expect(pg).toContain(`  provider   = "prisma-client-js"\n  output     = "${PG_CLIENT_OUTPUT}"\n  engineType = "client"`);
    expect(pg).toMatch(/^\/\/ GENERATED/);
  });

  it("leaves models alone, even a field that happens to mention sqlite", () => {
    expect(derivePgSchema(SQLITE_SCHEMA)).toContain('  provider String @default("sqlite")');
  });

  it("refuses a schema it cannot derive safely", () => {
    expect(() => derivePgSchema(SQLITE_SCHEMA.replace('"sqlite"', '"mysql"'))).toThrow(/sqlite/);
    expect(() => derivePgSchema(SQLITE_SCHEMA.replace('"prisma-client-js"', '"prisma-client"'))).toThrow(/generator/);
  });

  // Fails when someone changes prisma/schema.prisma or adds a migration without regenerating.
  it("is up to date with prisma/schema.prisma and every SQLite migration (else run `npm run -s db:pg-schema`)", () => {
    expect(findStale()).toEqual([]);
  });
});

import { execFileSync } from "node:child_process";

/** The URL of database `name` on the server that `serverUrl` points at. */
export function postgresDatabaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Run administrative statements (CREATE DATABASE cannot run in a transaction) synchronously: Jest's
 * setup files must have the database ready before the test file's modules connect to it.
 */
export function runPostgresAdmin(serverUrl: string, statements: string[]): void {
  const script = `
    const { Client } = require("pg");
    (async () => {
      const client = new Client({ connectionString: process.argv[1] });
      await client.connect();
      try { for (const sql of JSON.parse(process.argv[2])) await client.query(sql); } finally { await client.end(); }
    })().catch((error) => { console.error(error.message); process.exit(1); });`;
  execFileSync(process.execPath, ["-e", script, serverUrl, JSON.stringify(statements)], { stdio: ["ignore", "inherit", "inherit"] });
}

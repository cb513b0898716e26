/**
 * Live-update latency on loopback: one member edits (100 position changes), another has the
 * workspace's event stream open; we time from sending each write to its event arriving. Baseline:
 * the write's own round trip, measured in the same run. Needs a production build (`next build`).
 *
 * With SQLite (the default) both members use one app process. When AGON_BENCH_POSTGRES_URL names an
 * empty PostgreSQL database, two app processes share it and the watcher is on the other process,
 * so each event crosses LISTEN/NOTIFY:
 *   bash scripts/with-postgres.sh bash -c 'AGON_BENCH_POSTGRES_URL=$DATABASE_URL npx tsx tests/bench/live.bench.ts'
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { printFigure } from "./report";

const ROOT = path.resolve(__dirname, "../..");
const PORT = 3240;
const BASE = `http://127.0.0.1:${PORT}`;
// The second app process, on PostgreSQL only.
const OTHER_BASE = `http://127.0.0.1:${PORT + 1}`;
const EDITS = 100;

class Session {
  constructor(private readonly base = BASE) {}
  private cookies = new Map<string, string>();
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  async fetch(url: string, init: RequestInit = {}) {
    const response = await fetch(`${this.base}${url}`, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: this.header() } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  }
  async json<T>(url: string, method = "GET", body?: unknown): Promise<T> {
    const response = await this.fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
  async signUp(email: string) {
    await this.json("/api/signup", "POST", { email, password: "correct horse 42" });
    const { csrfToken } = await this.json<{ csrfToken: string }>("/api/auth/csrf");
    await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password: "correct horse 42", json: "true" }).toString(),
    });
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    console.log("live updates: skipped, no production build here (run `npx next build` first).");
    return;
  }
  const postgresUrl = process.env.AGON_BENCH_POSTGRES_URL;
  const databaseUrl = postgresUrl ?? `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), "agon-live-")), "live.db")}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
  const bases = postgresUrl ? [BASE, OTHER_BASE] : [BASE];
  const servers = bases.map((base) =>
    spawn("npx", ["next", "start", "-p", new URL(base).port], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: base }, stdio: "ignore", detached: true }),
  );
  const where = postgresUrl ? "on PostgreSQL, watcher on another app process" : "on SQLite, one app process";
  try {
    for (const base of bases) {
      for (let i = 0; ; i++) {
        try {
          if ((await fetch(`${base}/signin`)).ok) break;
        } catch {
          // not listening yet
        }
        if (i > 120) throw new Error("next start did not come up");
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const editor = new Session();
    // Sessions are JWTs signed with the shared secret, so the watcher's sign-in holds on either process.
    const watcher = new Session(bases.at(-1));
    const stamp = Date.now().toString(36);
    await editor.signUp(`live-editor-${stamp}@example.test`);
    await watcher.signUp(`live-watcher-${stamp}@example.test`);
    const workspace = await editor.json<{ id: string }>("/api/workspaces", "POST", { name: "Latency" });
    const invitation = await editor.json<{ token: string }>(`/api/workspaces/${workspace.id}/invitations`, "POST", { role: "viewer" });
    await watcher.json(`/api/invitations/${invitation.token}`, "POST");
    const claim = await editor.json<{ id: string }>(`/api/workspaces/${workspace.id}/claims`, "POST", { text: "Moving claim" });

    const stream = await watcher.fetch(`/api/workspaces/${workspace.id}/events`);
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    const pending: { resolve: ((at: number) => void) | null } = { resolve: null };
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const resolve = pending.resolve;
          if (block.includes("event: change") && resolve) {
            pending.resolve = null;
            resolve(performance.now());
          }
        }
      }
    })();

    const latencies: number[] = [];
    const roundTrips: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const arrived = new Promise<number>((resolve) => (pending.resolve = resolve));
      const start = performance.now();
      await editor.json(`/api/workspaces/${workspace.id}/claims/${claim.id}`, "PATCH", { position: { x: i, y: i } });
      roundTrips.push(performance.now() - start);
      latencies.push((await arrived) - start);
    }
    await reader.cancel();
    latencies.sort((a, b) => a - b);
    roundTrips.sort((a, b) => a - b);
    for (const p of [50, 95]) {
      printFigure({
        name: `live update p${p} over ${EDITS} edits ${where} (write sent → event received)`,
        valueMs: percentile(latencies, p),
        baselineName: `the write's own round trip p${p}`,
        baselineMs: percentile(roundTrips, p),
        target: "< 1000 ms",
      });
    }
  } finally {
    for (const server of servers) process.kill(-server.pid!, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * Full-text search over the whole corpus (target: p95 under 50 ms). The four texts are imported
 * into one workspace of a fresh SQLite database, with a claim for every 40th sentence, then a few
 * hundred queries drawn from the texts' own words run through the search service (membership check,
 * index freshness check, both FTS queries, and the lookups that dress the results).
 * Baselines in the same run: a plain in-memory substring scan of all four texts for the same query,
 * and the cheapest database round trip (`SELECT count(*)` on the claims).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { printFigure } from "./report";

const ROOT = path.resolve(__dirname, "../..");
const TARGET_P95_MS = 50;
const QUERY_COUNT = 400;

function corpusFiles(): { file: string; author: string; title: string; year: number | null }[] {
  const dir = process.env.AGON_CORPUS_DIR ?? path.resolve(ROOT, "../shared/corpus");
  const manifest = path.join(dir, "manifest.json");
  if (!fs.existsSync(manifest)) return [];
  const { texts } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { texts: { file: string; author: string; title: string; year: number | null }[] };
  return texts.map((t) => ({ ...t, file: path.join(dir, t.file) })).filter((t) => fs.existsSync(t.file));
}

/** A small deterministic generator, so every run asks the same questions. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * What readers type: a word of the texts (most often), two neighbouring words, a quoted phrase of
 * three, or the start of a word while typing. Short function words are skipped as single queries.
 */
function realisticQueries(texts: string[], count: number): string[] {
  const words = texts.flatMap((t) => t.match(/\p{L}[\p{L}'-]*/gu) ?? []);
  const next = random(42);
  const queries: string[] = [];
  while (queries.length < count) {
    const i = Math.floor(next() * (words.length - 3));
    const kind = next();
    const word = words[i]!;
    if (kind < 0.5) {
      if (word.length >= 5) queries.push(word.toLowerCase());
    } else if (kind < 0.75) queries.push(`${words[i]} ${words[i + 1]}`);
    else if (kind < 0.9) queries.push(`"${words[i]} ${words[i + 1]} ${words[i + 2]}"`);
    else if (word.length >= 6) queries.push(word.slice(0, 4));
  }
  return queries;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function timeEach(queries: string[], fn: (q: string) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await fn(q);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const texts = corpusFiles();
  if (texts.length === 0) {
    console.log("skipped: no corpus (set AGON_CORPUS_DIR to the folder with manifest.json)");
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agon-bench-search-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  process.env.DATABASE_URL = url; // lib/server/db.ts connects on first load, so load services after this
  const { signUp } = await import("../../lib/server/services/users/sign-up");
  const { createWorkspace } = await import("../../lib/server/services/workspaces/create-workspace");
  const { importSource } = await import("../../lib/server/services/sources/import-source");
  const { searchWorkspace } = await import("../../lib/server/services/search/search-workspace");
  const { db } = await import("../../lib/server/db");
  try {
    const user = await signUp({ email: `bench-${Date.now()}@example.test`, password: "bench password 42" });
    const workspace = await createWorkspace(user, { name: "Search bench" });
    const normalised: string[] = [];
    for (const t of texts) {
      const imported = await importSource(user, workspace.id, { author: t.author, title: t.title, year: t.year }, { bytes: new Uint8Array(fs.readFileSync(t.file)), fileName: path.basename(t.file) });
      const revision = await db.sourceRevision.findUniqueOrThrow({ where: { id: imported.revisionId } });
      normalised.push(revision.normalizedText);
    }
    const sentences = normalised.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 40 && s.length < 400);
    const claims = sentences.filter((_, i) => i % 40 === 0);
    for (const text of claims) await db.claim.create({ data: { workspaceId: workspace.id, text, createdById: user.id } });
    const paragraphs = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT count(*) AS n FROM "SearchParagraph"`);
    console.log(`corpus: ${texts.length} texts, ${normalised.reduce((n, t) => n + t.length, 0).toLocaleString("en")} characters, ${Number(paragraphs[0]!.n)} paragraphs indexed, ${claims.length} claims`);

    const queries = realisticQueries(normalised, QUERY_COUNT);
    for (const q of queries.slice(0, 20)) await searchWorkspace(user, workspace.id, { q }); // warm-up
    let found = 0;
    const searchTimes = await timeEach(queries, async (q) => {
      const r = await searchWorkspace(user, workspace.id, { q });
      if (r.passages.length + r.claims.length > 0) found += 1;
    });
    const lower = normalised.map((t) => t.toLowerCase());
    const scanTimes = await timeEach(queries, (q) => {
      const needle = q.replace(/"/g, "").toLowerCase();
      let hits = 0;
      for (const t of lower) for (let at = t.indexOf(needle); at >= 0; at = t.indexOf(needle, at + 1)) hits += 1;
      return hits;
    });
    const countTimes = await timeEach(queries, () => db.claim.count({ where: { workspaceId: workspace.id } }));

    console.log(`${queries.length} queries, ${found} with results`);
    const p95 = percentile(searchTimes, 95);
    printFigure({ name: "search p50", valueMs: percentile(searchTimes, 50), baselineName: "in-memory substring scan p50", baselineMs: percentile(scanTimes, 50) });
    printFigure({ name: "search p95", valueMs: p95, baselineName: "in-memory substring scan p95", baselineMs: percentile(scanTimes, 95), target: `< ${TARGET_P95_MS} ms` });
    printFigure({ name: "search p95", valueMs: p95, baselineName: "SELECT count(*) round trip p95", baselineMs: percentile(countTimes, 95), target: `< ${TARGET_P95_MS} ms` });
    if (p95 >= TARGET_P95_MS) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();

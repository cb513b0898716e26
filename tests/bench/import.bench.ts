/**
 * Importing the corpus's largest text, the 390 KB monograph (target: under 2 s on this machine).
 *
 * 1. The pure pipeline: format detection, UTF-8 decoding and checks, normalisation, and serialising
 *    what a revision stores (offset map, paragraphs, footnotes, report).
 * 2. The full service call, on a fresh SQLite database: the pipeline plus the transaction.
 * 3. The same text laid out as a book-sized PDF, through pdf.js.
 * Each is printed with its ratio to a plain read of the file, measured in the same run.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareSource } from "../../lib/formats";
import { serializeOffsetMap } from "../../lib/text";
import { SOURCE_LIMITS } from "../../lib/validation/source";
import { buildPdf, layOutBook } from "../support/fixtures/pdf";
import { medianMs, printFigure } from "./report";

const ROOT = path.resolve(__dirname, "../..");
const TARGET_MS = 2000;

function corpusDir(): string {
  return process.env.AGON_CORPUS_DIR ?? path.resolve(ROOT, "../shared/corpus");
}

/** The largest text the manifest lists: the monograph. */
function largestCorpusFile(dir: string): string | null {
  const manifest = path.join(dir, "manifest.json");
  if (!fs.existsSync(manifest)) return null;
  const { texts } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { texts: { file: string }[] };
  const files = texts.map((t) => path.join(dir, t.file)).filter((f) => fs.existsSync(f));
  files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  return files[0] ?? null;
}

async function runPipeline(bytes: Uint8Array, fileName: string): Promise<number> {
  const prepared = await prepareSource({ bytes, fileName }, SOURCE_LIMITS);
  if (!prepared.ok) throw new Error(`${fileName}: ${prepared.message}`);
  const { normalized, paragraphs, report } = prepared.value;
  return serializeOffsetMap(normalized.offsets).length + JSON.stringify(paragraphs).length + JSON.stringify(normalized.footnoteRefs).length + JSON.stringify(report).length;
}

async function benchService(file: string, readMs: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agon-bench-"));
  const url = `file:${path.join(dir, "bench.db")}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  // lib/server/db.ts connects to DATABASE_URL when first loaded, so load the services after this.
  process.env.DATABASE_URL = url;
  const { signUp } = await import("../../lib/server/services/users/sign-up");
  const { createWorkspace } = await import("../../lib/server/services/workspaces/create-workspace");
  const { importSource } = await import("../../lib/server/services/sources/import-source");
  const { db } = await import("../../lib/server/db");
  try {
    const user = await signUp({ email: `bench-${Date.now()}@example.test`, password: "bench password 42" });
    const workspace = await createWorkspace(user, { name: "Bench" });
    const meta = { author: "Constance Squires Meaney", title: "Stability and the Industrial Elite", year: 1988 };
    const serviceMs = await medianMs(3, async () => importSource(user, workspace.id, meta, { bytes: new Uint8Array(fs.readFileSync(file)), fileName: path.basename(file) }));
    printFigure({ name: "importSource service on SQLite (pipeline + one transaction)", valueMs: serviceMs, baselineName: "plain read", baselineMs: readMs, target: `< ${TARGET_MS} ms` });
  } finally {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = corpusDir();
  const file = largestCorpusFile(dir);
  if (!file) {
    console.log(`skipped: no corpus at ${dir} (set AGON_CORPUS_DIR to point at the folder with manifest.json)`);
    return;
  }
  const size = fs.statSync(file).size;
  console.log(`monograph: ${path.basename(file)}, ${(size / 1024).toFixed(0)} KB`);

  const readMs = await medianMs(20, () => fs.readFileSync(file));
  const pipelineMs = await medianMs(7, async () => runPipeline(new Uint8Array(fs.readFileSync(file)), path.basename(file)));
  printFigure({ name: "import pipeline (detect + decode + normalise + serialise)", valueMs: pipelineMs, baselineName: "plain read", baselineMs: readMs, target: `< ${TARGET_MS} ms` });

  await benchService(file, readMs);

  // The monograph's own paragraphs, printed as a book, read back through pdf.js.
  const prepared = await prepareSource({ bytes: new Uint8Array(fs.readFileSync(file)), fileName: path.basename(file) }, SOURCE_LIMITS);
  if (!prepared.ok) throw new Error(prepared.message);
  const { normalized, paragraphs } = prepared.value;
  const book = paragraphs.filter((p) => p.kind !== "footnote").map((p) => `${p.kind === "heading" ? "# " : ""}${normalized.text.slice(p.start, p.end)}`);
  const pages = layOutBook(book, { runningHeader: "Stability and the Industrial Elite", pageNumbers: true });
  const pdfFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "agon-bench-pdf-")), "monograph.pdf");
  fs.writeFileSync(pdfFile, buildPdf(pages));
  const pdfReadMs = await medianMs(20, () => fs.readFileSync(pdfFile));
  const pdfMs = await medianMs(3, async () => runPipeline(new Uint8Array(fs.readFileSync(pdfFile)), "monograph.pdf"));
  printFigure({
    name: `the same text as a ${pages.length}-page PDF (${(fs.statSync(pdfFile).size / 1024).toFixed(0)} KB) through pdf.js`,
    valueMs: pdfMs,
    baselineName: "plain read of the PDF",
    baselineMs: pdfReadMs,
  });
  fs.rmSync(path.dirname(pdfFile), { recursive: true, force: true });

  if (pipelineMs > TARGET_MS) {
    console.log(`OVER TARGET: the pipeline took ${pipelineMs.toFixed(0)} ms, the target is ${TARGET_MS} ms.`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * Claim suggestions on the corpus's largest text, the 390 KB monograph: ranking every sentence
 * (splitting, features, LexRank centrality) as the first request for a revision does, and choosing
 * the top ten from a kept ranking as every later request does. Printed with the ratio to a plain read
 * of the file and to its normalisation (the import's main cost), both measured in the same run.
 */
import fs from "node:fs";
import path from "node:path";
import { prepareSource } from "../../lib/formats";
import { rankCandidates, selectSuggestions, splitSentences } from "../../lib/suggest";
import { SOURCE_LIMITS } from "../../lib/validation/source";
import { medianMs, printFigure } from "./report";

const ROOT = path.resolve(__dirname, "../..");
// A reader waits for the list once per revision; a second is the most that should feel like a pause.
const TARGET_MS = 1000;

function monograph(): string | null {
  const dir = process.env.AGON_CORPUS_DIR ?? path.resolve(ROOT, "../shared/corpus");
  const manifest = path.join(dir, "manifest.json");
  if (!fs.existsSync(manifest)) return null;
  const { texts } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { texts: { file: string }[] };
  const files = texts.map((t) => path.join(dir, t.file)).filter((f) => fs.existsSync(f));
  files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  return files[0] ?? null;
}

async function main(): Promise<void> {
  const file = monograph();
  if (!file) {
    console.log("skipped: no corpus (set AGON_CORPUS_DIR to the folder with manifest.json)");
    return;
  }
  const prepared = await prepareSource({ bytes: new Uint8Array(fs.readFileSync(file)), fileName: path.basename(file) }, SOURCE_LIMITS);
  if (!prepared.ok) throw new Error(prepared.message);
  const { normalized, paragraphs } = prepared.value;
  const sentences = splitSentences(normalized.text, paragraphs).length;
  console.log(`monograph: ${path.basename(file)}, ${(fs.statSync(file).size / 1024).toFixed(0)} KB, ${sentences} sentences`);

  const readMs = await medianMs(20, () => fs.readFileSync(file));
  const normaliseMs = await medianMs(5, async () => prepareSource({ bytes: new Uint8Array(fs.readFileSync(file)), fileName: path.basename(file) }, SOURCE_LIMITS));
  const rankMs = await medianMs(5, () => rankCandidates(normalized.text, paragraphs));
  const ranked = rankCandidates(normalized.text, paragraphs);
  const claimed = ranked.slice(0, 40).map((s) => ({ start: s.start, end: s.end }));
  const selectMs = await medianMs(50, () => selectSuggestions(ranked, { claimed, limit: 10 }));

  printFigure({ name: "rank every sentence (first request for a revision)", valueMs: rankMs, baselineName: "plain read", baselineMs: readMs, target: `< ${TARGET_MS} ms` });
  printFigure({ name: "rank every sentence", valueMs: rankMs, baselineName: "import pipeline", baselineMs: normaliseMs });
  printFigure({ name: "top 10 from a kept ranking, 40 sentences claimed (later requests)", valueMs: selectMs, baselineName: "plain read", baselineMs: readMs });
  if (rankMs > TARGET_MS) {
    console.log(`OVER TARGET: ranking took ${rankMs.toFixed(0)} ms, the target is ${TARGET_MS} ms.`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

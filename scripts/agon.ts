/**
 * Agon's command line: `npm run -s agon -- <command> ...`. Each command reads files, calls the pure
 * modules in lib/ and prints to stdout; bad input exits with status 2 and a message on stderr.
 */
import fs from "node:fs";
import { reanchorAll, type StoredAnchor } from "../lib/anchoring";
import { toOriginalOffset, normalizeText } from "../lib/text";

const USAGE = `Usage: npm run -s agon -- <command>

Commands:
  normalize FILE [--from txt] [--json]   print the normalised text of an extracted text file
                                        (--json: paragraphs with their offsets in the original)
  reanchor OLD NEW ANCHORS.json         re-anchor [{id, exact, prefix, suffix, start, end}] made on OLD
                                        in NEW; prints [{id, status, start, end, score}]`;

class UsageError extends Error {}

function readText(file: string | undefined): string {
  if (!file) throw new UsageError("Missing a file argument.");
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function normalizeCommand(args: string[]): void {
  const json = args.includes("--json");
  const fromIndex = args.indexOf("--from");
  const from = fromIndex >= 0 ? args[fromIndex + 1] : "txt";
  if (from !== "txt") throw new UsageError(`--from ${from ?? "(missing)"}: only txt input is supported so far.`);
  const positional = args.filter((a, i) => !a.startsWith("--") && !(fromIndex >= 0 && i === fromIndex + 1));
  const original = readText(positional[0]);
  const result = normalizeText(original);
  if (!json) {
    process.stdout.write(`${result.text}\n`);
    return;
  }
  const paragraphs = result.paragraphs.map((p) => ({
    kind: p.kind,
    text: result.text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    originalStart: toOriginalOffset(result.offsets, p.start),
    originalEnd: toOriginalOffset(result.offsets, p.end),
  }));
  process.stdout.write(`${JSON.stringify({ paragraphs, footnotes: result.footnoteRefs, report: result.report }, null, 2)}\n`);
}

function parseAnchors(file: string | undefined): StoredAnchor[] {
  const raw = readText(file);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`${file}: not JSON (${(error as Error).message}).`);
  }
  if (!Array.isArray(data)) throw new UsageError(`${file}: expected a JSON array of anchors.`);
  return data.map((item, index) => {
    const a = item as Record<string, unknown>;
    const ok =
      a && typeof a.id === "string" && typeof a.exact === "string" && typeof a.prefix === "string" && typeof a.suffix === "string" && Number.isInteger(a.start) && Number.isInteger(a.end);
    if (!ok) throw new UsageError(`${file}: item ${index} needs {id, exact, prefix, suffix, start, end}.`);
    return a as unknown as StoredAnchor;
  });
}

function reanchorCommand(args: string[]): void {
  const [oldFile, newFile, anchorsFile] = args;
  readText(oldFile); // the offsets refer to it; reading it checks the caller named a real file
  const next = readText(newFile);
  const anchors = parseAnchors(anchorsFile);
  process.stdout.write(`${JSON.stringify(reanchorAll(next, anchors))}\n`);
}

const COMMANDS: Record<string, (args: string[]) => void> = { normalize: normalizeCommand, reanchor: reanchorCommand };

function main(argv: string[]): number {
  const [command, ...args] = argv;
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    process.stderr.write(`${command ? `Unknown command: ${command}\n\n` : ""}${USAGE}\n`);
    return 2;
  }
  try {
    run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`agon ${command}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));

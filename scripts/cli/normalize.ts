import { toOriginalOffset, normalizeText } from "../../lib/text";
import { UsageError, flagValue, positionals, readText, type Command } from "./common";

export const normalizeCommand: Command = {
  usage: `normalize FILE [--from txt] [--json]   print the normalised text of an extracted text file
                                        (--json: paragraphs with their offsets in the original)`,
  run(args) {
    const json = args.includes("--json");
    const from = flagValue(args, "--from") ?? "txt";
    if (from !== "txt") throw new UsageError(`--from ${from}: only txt input is supported so far.`);
    const original = readText(positionals(args, ["--from"])[0]);
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
  },
};

import { prepareSource } from "../../lib/formats";
import { isSourceFormat, SOURCE_FORMATS } from "../../lib/formats/types";
import { suggestClaims } from "../../lib/suggest";
import { SOURCE_LIMITS } from "../../lib/validation/source";
import { UsageError, flagValue, positionals, readBytes, type Command } from "./common";
import { COMMAND_USAGE } from "./usage";

export const suggestCommand: Command = {
  usage: COMMAND_USAGE.suggest,
  async run(args) {
    const from = flagValue(args, "--from");
    if (from !== undefined && !isSourceFormat(from)) throw new UsageError(`--from ${from}: choose one of ${SOURCE_FORMATS.join(", ")}.`);
    const topFlag = flagValue(args, "--top");
    const top = topFlag === undefined ? 10 : Number(topFlag);
    if (!Number.isInteger(top) || top < 1 || top > 500) throw new UsageError(`--top ${topFlag}: give a whole number from 1 to 500.`);
    const file = positionals(args, ["--from", "--top"])[0];
    const prepared = await prepareSource({ bytes: new Uint8Array(readBytes(file)), fileName: file, format: from }, SOURCE_LIMITS);
    if (!prepared.ok) throw new UsageError(`${file}: ${prepared.message}`);
    const { normalized, paragraphs } = prepared.value;
    const suggestions = suggestClaims({ text: normalized.text, paragraphs, limit: top });
    if (args.includes("--json")) {
      process.stdout.write(`${JSON.stringify(suggestions.map(({ start, end, sentence, score, reasons }) => ({ start, end, sentence, score, reasons })), null, 2)}\n`);
      return;
    }
    suggestions.forEach((s, i) => process.stdout.write(`${String(i + 1).padStart(2)}. [${s.score.toFixed(2)}] ${s.sentence}\n    ${s.reasons.join(" · ")}\n`));
  },
};

import { prepareSource } from "../../lib/formats";
import { isSourceFormat, SOURCE_FORMATS } from "../../lib/formats/types";
import { toOriginalOffset } from "../../lib/text";
import { SOURCE_LIMITS } from "../../lib/validation/source";
import { UsageError, flagValue, positionals, readBytes, type Command } from "./common";
import { COMMAND_USAGE } from "./usage";

export const normalizeCommand: Command = {
  usage: COMMAND_USAGE.normalize,
  async run(args) {
    const json = args.includes("--json");
    const from = flagValue(args, "--from");
    if (from !== undefined && !isSourceFormat(from)) throw new UsageError(`--from ${from}: choose one of ${SOURCE_FORMATS.join(", ")}.`);
    const file = positionals(args, ["--from"])[0];
    const bytes = readBytes(file);
    const prepared = await prepareSource({ bytes: new Uint8Array(bytes), fileName: file, format: from }, SOURCE_LIMITS);
    if (!prepared.ok) throw new UsageError(`${file}: ${prepared.message}`);
    const { normalized, paragraphs, report, format } = prepared.value;
    if (!json) {
      process.stdout.write(`${normalized.text}\n`);
      return;
    }
    const described = paragraphs.map((p) => ({
      kind: p.kind,
      ...(p.level !== undefined ? { level: p.level } : {}),
      text: normalized.text.slice(p.start, p.end),
      start: p.start,
      end: p.end,
      originalStart: toOriginalOffset(normalized.offsets, p.start),
      originalEnd: toOriginalOffset(normalized.offsets, p.end),
    }));
    process.stdout.write(`${JSON.stringify({ format, paragraphs: described, footnotes: normalized.footnoteRefs, report }, null, 2)}\n`);
  },
};

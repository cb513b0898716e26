import { reanchorAll, type StoredAnchor } from "../../lib/anchoring";
import { UsageError, readText, type Command } from "./common";
import { COMMAND_USAGE } from "./usage";

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

export const reanchorCommand: Command = {
  usage: COMMAND_USAGE.reanchor,
  run(args) {
    const [oldFile, newFile, anchorsFile] = args;
    readText(oldFile); // the offsets refer to it; reading it checks the caller named a real file
    const next = readText(newFile);
    const anchors = parseAnchors(anchorsFile);
    process.stdout.write(`${JSON.stringify(reanchorAll(next, anchors))}\n`);
  },
};

import { describeRange, findAllOccurrences } from "../../../anchoring";
import { AppError } from "../../../errors";
import type { Db } from "../../db";

export interface AnchorRequest {
  sourceId: string;
  revisionId?: string;
  start?: number;
  end?: number;
  /** The selected words; with no start/end they are looked up in the text and must occur once. */
  exact?: string;
}

/**
 * Anchor a passage of a source of this workspace: position plus quote selectors in the current
 * revision's normalised text. Refuses a selection made on an older revision or whose words no longer
 * match, rather than anchoring to the wrong words.
 */
export async function createAnchor(tx: Db, workspaceId: string, request: AnchorRequest) {
  const source = await tx.source.findFirst({
    where: { id: request.sourceId, workspaceId, deletedAt: null },
    include: { currentRevision: { select: { id: true, number: true, normalizedText: true } } },
  });
  const revision = source?.currentRevision;
  if (!source || !revision) throw new AppError("NOT_FOUND", "That source does not exist in this workspace.");
  if (request.revisionId && request.revisionId !== revision.id) {
    throw new AppError("CONFLICT", "The source was revised since you opened it. Reload the page and select the words again.");
  }
  const text = revision.normalizedText;
  let start: number;
  let end: number;
  if (request.start === undefined || request.end === undefined) {
    const exact = collapseSpaces(request.exact ?? "");
    if (!exact) throw new AppError("VALIDATION", "Give the quote's words or its start and end.");
    const hits = findAllOccurrences(text, exact);
    if (hits.length === 0) throw new AppError("VALIDATION", `The quote “${shorten(exact)}” was not found in “${source.title}”. Copy the words exactly.`);
    if (hits.length > 1) throw new AppError("VALIDATION", `The quote “${shorten(exact)}” occurs ${hits.length} times in “${source.title}”. Add a few words so it is unique.`);
    start = hits[0]!;
    end = start + exact.length;
  } else {
    start = request.start;
    end = request.end;
    if (request.exact !== undefined && text.slice(start, end) !== request.exact) throw new AppError("CONFLICT", "The selected words no longer match the source. Reload the page and select them again.");
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new AppError("VALIDATION", "The selection lies outside the text.");
  }
  // Selections often catch a space at either end; the anchor holds the words only.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) throw new AppError("VALIDATION", "Select some words, not only spaces.");
  const { quote, position } = describeRange(text, start, end);
  return tx.anchor.create({
    data: {
      workspaceId,
      sourceId: source.id,
      revisionId: revision.id,
      madeOnRevision: revision.number,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: position.start,
      end: position.end,
    },
  });
}

function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

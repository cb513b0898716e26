import { normalizeText, type NormalizedText } from "../text";
import { extractText, type ExtractionInput } from "./extract";
import type { ImportReport } from "./report";
import { applyDeclaredHeadings, type SourceParagraph } from "./structure";
import type { DocumentMetadata, ExtractionFailure, ExtractionLimits, SourceFormat } from "./types";

/**
 * The whole import pipeline short of saving: extract the text of a file, normalise it with
 * lib/text, and apply the headings the file declared. The service, the preview, the CLI and the
 * benchmark all run exactly this.
 */
export interface PreparedSource {
  format: SourceFormat;
  /** The text as extracted from the file, before normalisation: what the offset map points into. */
  originalText: string;
  normalized: NormalizedText;
  /** `normalized.paragraphs` with declared headings applied and their levels. */
  paragraphs: SourceParagraph[];
  report: ImportReport;
  metadata: DocumentMetadata;
}

const MIN_HEADINGS_BY_SIZE = 2;

export type PreparationResult = { ok: true; value: PreparedSource } | ExtractionFailure;

export async function prepareSource(input: ExtractionInput, limits: ExtractionLimits): Promise<PreparationResult> {
  const extracted = await extractText(input, limits);
  if (!extracted.ok) return extracted;
  const { format, text, headings, headingsBySize, metadata, pages, runningLinesDropped } = extracted.value;
  // A PDF's text was laid out line by line from the page (lib/formats/pdf-lines.ts): lib/text need
  // not guess whether it is hard-wrapped or what its blank lines mean.
  const normalized = normalizeText(text, { printedLines: format === "pdf" });
  if (normalized.text.trim().length === 0) {
    return { ok: false, code: "EMPTY", message: "After cleaning up the extraction, no text was left. Check the file." };
  }
  // A PDF that sets a few of its lines in larger type has a heading system of its own, and
  // lib/text's guesses (code, all-caps labels) only add noise; one with at most a large title sets
  // its headings in the body size, and only lib/text's guess can find them.
  const keepGuesses = headingsBySize === true && (headings?.length ?? 0) < MIN_HEADINGS_BY_SIZE;
  const paragraphs: SourceParagraph[] = headings
    ? applyDeclaredHeadings(normalized.text, normalized.paragraphs, headings, { keepGuesses }).paragraphs
    : normalized.paragraphs;
  const report: ImportReport = {
    ...normalized.report,
    // Headers are dropped in two places: repeated ones by position here, the rest by lib/text.
    headersDropped: normalized.report.headersDropped + (runningLinesDropped ?? 0),
    format,
    headings: paragraphs.filter((p) => p.kind === "heading").length,
    ...(pages !== undefined ? { pages } : {}),
  };
  return { ok: true, value: { format, originalText: text, normalized, paragraphs, report, metadata } };
}

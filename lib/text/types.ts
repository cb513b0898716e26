/**
 * Public types of the text-normalisation module. Offsets are UTF-16 code-unit indices, the same
 * as JavaScript string indices, in either the normalised or the original text as named.
 */

/** What a paragraph of the normalised text is. */
export type ParagraphKind = "paragraph" | "heading" | "footnote";

/** A paragraph of the normalised text; `end` is exclusive. */
export interface Paragraph {
  start: number;
  end: number;
  kind: ParagraphKind;
}

/**
 * A footnote or endnote mark that was taken out of the running text.
 * `at` is the normalised offset where the mark stood; the original offsets cover the mark itself.
 */
export interface FootnoteRef {
  at: number;
  label: string;
  originalStart: number;
  originalEnd: number;
}

/** Counts of what normalisation changed, for showing the user and for spotting regressions. */
export interface NormalizationReport {
  /** Line breaks inside a paragraph replaced by a space or removed. */
  linesJoined: number;
  /** Words split across a line end put back together (with or without their hyphen dropped). */
  wordsRejoined: number;
  /** Hyphens at a line end kept because the word is a real compound. */
  hyphenatedKept: number;
  /** Footnote marks removed from the running text and recorded as FootnoteRefs. */
  footnoteMarksSeparated: number;
  /** Running page headers dropped. */
  headersDropped: number;
  /** Page-number lines dropped. */
  pageNumbersDropped: number;
  /** Blank lines of the original that did not become a paragraph break. */
  blankLinesCollapsed: number;
}

/** `[normStart, origStart, length]`: normalised text[normStart + k] === original[origStart + k]. */
export type OffsetRun = [normStart: number, origStart: number, length: number];

/** `[normStart, origOffset, length]`: inserted characters that all map to `origOffset`. */
export type OffsetAnchor = [normStart: number, origOffset: number, length: number];

/**
 * Map from normalised offsets to original offsets, stored as JSON next to the text.
 *
 * Characters copied from the original lie in `runs`. Every other (inserted) character maps to the
 * original end of the run before it, which is where the whitespace or mark it replaces begins;
 * the few inserted characters for which that is not true are listed in `anchors`.
 */
export interface OffsetMap {
  version: 1;
  normalizedLength: number;
  originalLength: number;
  runs: OffsetRun[];
  anchors: OffsetAnchor[];
}

/** The result of {@link normalizeText}. */
export interface NormalizedText {
  text: string;
  paragraphs: Paragraph[];
  footnoteRefs: FootnoteRef[];
  offsets: OffsetMap;
  report: NormalizationReport;
}

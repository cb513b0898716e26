/**
 * Selector and result types for anchoring a claim to a passage of a source's
 * normalised text. The selector shapes follow the W3C Web Annotation model
 * (TextQuoteSelector + TextPositionSelector) so stored anchors stay
 * interchangeable with other annotation tools.
 *
 * All offsets are UTF-16 code-unit offsets into the text, exactly as
 * `String.prototype.slice` uses them, with `end` exclusive.
 */

/** The quoted words plus a little of the text on either side of them. */
export interface TextQuoteSelector {
  /** The passage itself, verbatim. */
  exact: string;
  /** Up to `contextLength` characters immediately before the passage ("" at the start of the text). */
  prefix: string;
  /** Up to `contextLength` characters immediately after the passage ("" at the end of the text). */
  suffix: string;
}

/** Where the passage was: `text.slice(start, end)`; `end` is exclusive. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/**
 * Redundant description of one passage. The position is cheap to check and the
 * quote survives edits elsewhere in the text; keeping both is what lets a
 * passage be found again after the source is revised.
 */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * How many characters of context `describeRange` records on each side.
 * 32 is enough to tell apart repeated phrases in prose (a sentence fragment or
 * two) while staying short enough that an edit near the passage only spoils
 * part of it.
 */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Default minimum score for accepting a fuzzy match (see `anchor`).
 *
 * With the weights in `similarity.ts` (quote 0.75, context 0.25) this accepts:
 * a passage with intact context whose words are at least ~55% the same; a
 * passage that moved (context lost) only if its words are ~87% the same.
 * Unrelated prose of the same length typically scores 0.3–0.45, so 0.65 leaves
 * a clear margin against placing a deleted passage somewhere else.
 */
export const DEFAULT_MIN_FUZZY_SCORE = 0.65;

/**
 * - `exact`: the text at `start..end` is identical to `quote.exact`.
 * - `fuzzy`: the best approximate match; the words differ from `quote.exact`.
 * - `orphaned`: no place in the text matches well enough.
 */
export type AnchorStatus = "exact" | "fuzzy" | "orphaned";

/**
 * Outcome of re-anchoring, shaped for the `reanchor` CLI (which adds the id).
 * `score` is in [0, 1]: 1 means the quote (up to whitespace) and its recorded
 * context are unchanged at the place found; for `orphaned` it is the best
 * score the fuzzy search found (0 when it found no candidate), for diagnostics.
 */
export type AnchorResult =
  | { status: "exact" | "fuzzy"; start: number; end: number; score: number }
  | { status: "orphaned"; start: null; end: null; score: number };

/** Options for `anchor`. */
export interface AnchorOptions {
  /** Fuzzy matches scoring below this are reported as orphaned. Defaults to `DEFAULT_MIN_FUZZY_SCORE`. */
  minFuzzyScore?: number;
}

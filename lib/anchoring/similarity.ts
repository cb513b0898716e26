import DiffMatchPatch from "diff-match-patch";
import { levenshtein } from "./levenshtein";
import type { TextQuoteSelector } from "./types";

/**
 * How much the quoted words count in a match score, against the context
 * (prefix/suffix) around them. The claim is about the words, so they dominate;
 * the context confirms the place and separates repeated phrases. At 0.75 a
 * passage whose words are intact but whose surroundings were rewritten (it was
 * moved) still scores 0.75, above the default threshold, while a place whose
 * surroundings match perfectly but whose words were mostly replaced does not.
 */
export const QUOTE_WEIGHT = 0.75;
/** Weight of the prefix/suffix similarity; the complement of `QUOTE_WEIGHT`. */
export const CONTEXT_WEIGHT = 1 - QUOTE_WEIGHT;

// Diff_Timeout = 0 asks for a minimal diff with no wall-clock cut-off, so
// scores are deterministic across machines and runs. Inputs here are
// quote-sized, never the whole text, so the cost stays bounded.
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0;

/**
 * Strings up to this long are compared exactly by `levenshtein` (a few
 * microseconds); longer ones by diff-match-patch, whose Myers diff costs time
 * proportional to length × differences and so stays fast for a long quote
 * compared with a lightly revised version of itself.
 */
export const SHORT_STRING_LIMIT = 64;

/**
 * Character-level edit distance (a substitution counts once): exact Levenshtein
 * for short strings, `diff_levenshtein` of a minimal diff for longer ones
 * (equal to Levenshtein for typical revisions, never below it).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (a.length <= SHORT_STRING_LIMIT && b.length <= SHORT_STRING_LIMIT) return levenshtein(a, b);
  return dmp.diff_levenshtein(dmp.diff_main(a, b, false));
}

/**
 * Runs of whitespace become one space. Line breaks, double spaces and the like
 * come and go when a PDF is re-extracted or a text re-flowed; they are not a
 * change of wording and should not cost a match.
 */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, " ");
}

/**
 * Similarity in [0, 1] of two strings: 1 - levenshtein / max(length), computed
 * after collapsing whitespace. 1 means equal up to whitespace; two empty
 * strings are equal.
 */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = collapseWhitespace(a);
  const y = collapseWhitespace(b);
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  return 1 - editDistance(x, y) / longest;
}

/**
 * How well the text around `start..end` matches the recorded prefix and
 * suffix, in [0, 1]: the mean over the sides that were recorded, each compared
 * with the same number of characters of the text on that side.
 *
 * Returns null when neither side was recorded (both empty), i.e. there is no
 * evidence either way; callers then judge on the quote alone.
 */
export function contextSimilarity(
  text: string,
  start: number,
  end: number,
  quote: Pick<TextQuoteSelector, "prefix" | "suffix">,
): number | null {
  let total = 0;
  let sides = 0;
  if (quote.prefix.length > 0) {
    total += textSimilarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
    sides += 1;
  }
  if (quote.suffix.length > 0) {
    total += textSimilarity(quote.suffix, text.slice(end, end + quote.suffix.length));
    sides += 1;
  }
  return sides === 0 ? null : total / sides;
}

/** Weighted score of a place; without recorded context it is the quote similarity alone. */
export function combineScores(quoteSimilarity: number, contextSim: number | null): number {
  return contextSim === null ? quoteSimilarity : QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * contextSim;
}

/** A span of the text with the evidence for it. */
export interface ScoredSpan {
  start: number;
  end: number;
  /** `combineScores(quoteSimilarity, contextSimilarity)`. */
  score: number;
  quoteSimilarity: number;
  contextSimilarity: number | null;
}

/** Scores `text.slice(start, end)` as the place of `quote`. */
export function scoreSpan(text: string, start: number, end: number, quote: TextQuoteSelector): ScoredSpan {
  const quoteSimilarity = textSimilarity(quote.exact, text.slice(start, end));
  const contextSim = contextSimilarity(text, start, end, quote);
  return { start, end, score: combineScores(quoteSimilarity, contextSim), quoteSimilarity, contextSimilarity: contextSim };
}

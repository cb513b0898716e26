import { findAllOccurrences, findWhitespaceVariants } from "./occurrences";
import { pickBest, SCORE_TIE_EPSILON } from "./ranking";
import { scoreSpan, type ScoredSpan } from "./similarity";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

/**
 * Every verbatim occurrence of `quote.exact` in `text`, scored by how well its
 * surroundings match `quote.prefix` / `quote.suffix` (the words themselves are
 * identical, so only the context can tell occurrences apart).
 */
export function scoreExactOccurrences(text: string, quote: TextQuoteSelector): ScoredSpan[] {
  const length = quote.exact.length;
  return findAllOccurrences(text, quote.exact).map((start) => scoreSpan(text, start, start + length, quote));
}

/**
 * Every occurrence of `quote.exact` up to the form of its whitespace (see
 * `findWhitespaceVariants`), scored like `scoreExactOccurrences`. Verbatim
 * occurrences are among them; callers tell them apart by their words.
 */
export function scoreWhitespaceVariants(text: string, quote: TextQuoteSelector): ScoredSpan[] {
  return findWhitespaceVariants(text, quote.exact).map(({ start, end }) => scoreSpan(text, start, end, quote));
}

/**
 * The one place `quote.exact` occurs in `text`.
 *
 * - Occurs once: that place, whatever the context says.
 * - Occurs several times: with a prefix and/or suffix given, the occurrence
 *   whose surroundings match them best, provided no other occurrence matches
 *   equally well; otherwise null.
 * - Does not occur, or `exact` is empty: null.
 *
 * Returning null rather than guessing is deliberate: the seed script fails
 * loudly on null, which is what an ambiguous hand-written quote deserves.
 */
export function locateQuote(
  text: string,
  quote: { exact: string; prefix?: string; suffix?: string },
): TextPositionSelector | null {
  const selector: TextQuoteSelector = { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" };
  const occurrences = scoreExactOccurrences(text, selector);
  const only = occurrences.length === 1 ? occurrences[0] : undefined;
  if (only) return { start: only.start, end: only.end };
  if (occurrences.length === 0 || (selector.prefix === "" && selector.suffix === "")) return null;

  // No old position here: a text length of 0 gives every occurrence the same nearness bonus.
  const best = pickBest(occurrences, 0, 0);
  if (!best) return null;
  const rivals = occurrences.filter((o) => o !== best && o.score >= best.score - SCORE_TIE_EPSILON);
  return rivals.length > 0 ? null : { start: best.start, end: best.end };
}

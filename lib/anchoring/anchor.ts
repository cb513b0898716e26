import { findFuzzyMatch } from "./fuzzy";
import { scoreWhitespaceVariants } from "./match-quote";
import { pickBest, POSITION_WEIGHT } from "./ranking";
import { contextSimilarity, type ScoredSpan } from "./similarity";
import { DEFAULT_MIN_FUZZY_SCORE, type AnchorOptions, type AnchorResult, type AnchorSelectors } from "./types";

/**
 * Quotes at least this long are taken to identify their passage by their words
 * alone. Shorter ones ("the masses", a single name) recur throughout a text, so
 * a place is only accepted for them when its context also agrees; otherwise a
 * claim on a deleted sentence would silently jump to an unrelated sentence that
 * happens to share a phrase.
 */
export const SELF_EVIDENT_QUOTE_LENGTH = 32;

/** Context similarity a short quote's place needs (see `SELF_EVIDENT_QUOTE_LENGTH`): at least one side mostly intact. */
export const MIN_CONTEXT_FOR_SHORT_QUOTE = 0.5;

/**
 * The same idea for a fuzzy (revised) match, where the bar is higher: in a
 * short quote a handful of changed characters is a different word ("existence
 * of these" against "emergence of these"), so below this length a revised
 * match is only accepted where most of the recorded context is intact. A typo
 * fixed in place, or in a paragraph that moved as a whole, keeps its context.
 */
export const SELF_EVIDENT_REVISED_QUOTE_LENGTH = 64;
export const MIN_CONTEXT_FOR_REVISED_SHORT_QUOTE = 0.75;

/**
 * An occurrence of the quote's words whose context matches at least this well
 * is trusted without a fuzzy search for rivals (unless it is far away, below).
 * With a weaker context, the words may be a copy elsewhere while the passage
 * itself was edited where it was, so the fuzzy stage is consulted too.
 */
export const STRONG_CONTEXT = 0.8;

/**
 * Nearness can outweigh a difference in score of at most `POSITION_WEIGHT`
 * times the distance (as a fraction of the text). Below this much, an edited
 * copy near the old position is not worth looking for next to a verbatim
 * occurrence with a strong context: 0.01 is about two changed characters in a
 * quote of 150. In practice the search runs when the passage's words turn up
 * a tenth of the text or more away from where they were.
 */
export const MIN_NEARNESS_GAIN = 0.01;

/**
 * Re-anchors selectors that were made on an older version of a text in `text`.
 *
 * 1. If `position` still holds `quote.exact` and the recorded prefix/suffix
 *    are unchanged there: `exact`, score 1.
 * 2. Otherwise every occurrence of the quote's words (verbatim, or differing
 *    only in the form of whitespace) is scored by how well its surroundings
 *    match the prefix/suffix.
 * 3. A fuzzy search (surviving pieces of the quote and its context, windows
 *    aligned with diff-match-patch, scored against the full quote and context)
 *    runs when step 2 found nothing, when its best candidate's context is
 *    weak, or when that candidate is far enough from the old position that an
 *    edited version nearer to it could win; in the last case only near the old
 *    position. Fuzzy candidates must score at least `minFuzzyScore`.
 * 4. Of all candidates, the one with the best score plus a nearness bonus
 *    (see `POSITION_WEIGHT`) wins: `exact` if its words are verbatim
 *    `quote.exact`, else `fuzzy`. With none: `orphaned`, with the fuzzy
 *    search's best score (0 if it found nothing), for diagnostics.
 *
 * Short quotes are only placed where their context also agrees (see
 * `SELF_EVIDENT_QUOTE_LENGTH` and `SELF_EVIDENT_REVISED_QUOTE_LENGTH`).
 *
 * Guarantees: `exact` is returned only where `text.slice(start, end) ===
 * selectors.quote.exact`, whichever step found it; `fuzzy` spans are non-empty
 * and inside the text; the function is pure and deterministic. An empty
 * `quote.exact` is orphaned with score 0. `position` may be stale, inconsistent
 * or out of range: it is only a hint. Scores are rounded to 4 decimals; a
 * `fuzzy` result can score 1 when only whitespace differs.
 */
export function anchor(text: string, selectors: AnchorSelectors, options: AnchorOptions = {}): AnchorResult {
  const minFuzzyScore = options.minFuzzyScore ?? DEFAULT_MIN_FUZZY_SCORE;
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (exact.length === 0) return orphaned(0);
  const hint = Number.isFinite(position.start) ? Math.min(text.length, Math.max(0, Math.trunc(position.start))) : 0;

  // 1. Position first: the common case of an unchanged neighbourhood costs one comparison.
  const { start, end } = position;
  if (Number.isInteger(start) && start >= 0 && end === start + exact.length && end <= text.length) {
    if (text.startsWith(exact, start)) {
      const context = contextSimilarity(text, start, end, quote);
      if (context === null || context === 1) return { status: "exact", start, end, score: 1 };
    }
  }

  // 2. The quote's words elsewhere. Forms differing only in whitespace compete
  // on equal terms with verbatim ones: a re-flowed line is no reason to prefer
  // an untouched copy chapters away.
  const occurrences = scoreWhitespaceVariants(text, quote).filter((o) =>
    hasEnoughEvidence(o, exact.length, SELF_EVIDENT_QUOTE_LENGTH, MIN_CONTEXT_FOR_SHORT_QUOTE),
  );
  const bestOccurrence = pickBest(occurrences, hint, text.length);

  // 3. Fuzzy, when it could change the outcome.
  let fuzzy: ScoredSpan | null = null;
  if (bestOccurrence === null) {
    fuzzy = findFuzzyMatch(text, quote, hint);
  } else if (bestOccurrence.contextSimilarity !== null && bestOccurrence.contextSimilarity < STRONG_CONTEXT) {
    fuzzy = findFuzzyMatch(text, quote, hint, { exclude: bestOccurrence });
  } else if (text.length > 0 && (POSITION_WEIGHT * Math.abs(bestOccurrence.start - hint)) / text.length >= MIN_NEARNESS_GAIN) {
    fuzzy = findFuzzyMatch(text, quote, hint, { localOnly: true, exclude: bestOccurrence });
  }
  const acceptableFuzzy =
    fuzzy !== null &&
    fuzzy.score >= minFuzzyScore &&
    hasEnoughEvidence(fuzzy, exact.length, SELF_EVIDENT_REVISED_QUOTE_LENGTH, MIN_CONTEXT_FOR_REVISED_SHORT_QUOTE)
      ? fuzzy
      : null;

  // 4. Best supported place.
  const candidates = [bestOccurrence, acceptableFuzzy].filter((c): c is ScoredSpan => c !== null);
  const best = pickBest(candidates, hint, text.length);
  if (best) return placed(text, best, exact);
  return orphaned(fuzzy?.score ?? 0);
}

function hasEnoughEvidence(span: ScoredSpan, quoteLength: number, selfEvidentLength: number, minContext: number): boolean {
  return quoteLength >= selfEvidentLength || span.contextSimilarity === null || span.contextSimilarity >= minContext;
}

// The status is decided by the words found, not by the stage that found them,
// so "exact" can never be reported at words that differ from the quote.
function placed(text: string, span: ScoredSpan, exact: string): AnchorResult {
  const status = text.slice(span.start, span.end) === exact ? "exact" : "fuzzy";
  return { status, start: span.start, end: span.end, score: roundScore(span.score) };
}

function orphaned(score: number): AnchorResult {
  return { status: "orphaned", start: null, end: null, score: roundScore(score) };
}

// Scores are evidence, not measurements; four decimals keep CLI output and
// stored values stable against floating-point noise.
function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

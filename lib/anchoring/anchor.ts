import { findFuzzyMatch } from "./fuzzy";
import { scoreWhitespaceVariants } from "./match-quote";
import { pickBest } from "./ranking";
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
 * An exact occurrence whose context matches at least this well is taken
 * without looking further. Below it the passage may have been edited where it
 * was while an identical copy of its old words survives elsewhere, so the
 * fuzzy stage is consulted too.
 */
export const STRONG_CONTEXT = 0.8;

/**
 * How much better a fuzzy match must score to be preferred over an exact
 * occurrence of the quote: identical words are strong evidence, so the fuzzy
 * place must be clearly better supported, e.g. near-identical words with
 * intact context against identical words in a foreign context.
 */
export const FUZZY_OVER_EXACT_MARGIN = 0.1;

/**
 * Re-anchors selectors that were made on an older version of a text in `text`.
 *
 * 1. If `position` still holds `quote.exact` and the recorded prefix/suffix
 *    are unchanged there: `exact`, score 1.
 * 2. Otherwise every occurrence of the quote's words (verbatim, or differing
 *    only in the form of whitespace) is scored by how well its surroundings
 *    match the prefix/suffix, with a slight preference for nearness to the old
 *    position (exact ties go to the nearest). The best is taken: `exact` if its
 *    words are verbatim, else `fuzzy`.
 * 3. If there is no such occurrence, or the best one's context is weak (it may
 *    be a copy of words that were edited where the passage was), a fuzzy
 *    search near surviving pieces of the quote and the old position, scored in
 *    [0, 1] (see `similarity.ts`). It is taken if it scores at least
 *    `minFuzzyScore` and, when step 2 found something, beats it by
 *    `FUZZY_OVER_EXACT_MARGIN`.
 * 4. Otherwise `orphaned`, with the best score seen.
 *
 * Quotes shorter than `SELF_EVIDENT_QUOTE_LENGTH` are only placed where their
 * context also agrees (see there).
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

  // 2. The quote's words elsewhere, told apart by context and nearness. Forms
  // differing only in whitespace compete on equal terms with verbatim ones:
  // a re-flowed line is no reason to prefer an untouched copy chapters away.
  const occurrences = scoreWhitespaceVariants(text, quote).filter((o) => hasEnoughEvidence(o, exact.length));
  const bestExact = pickBest(occurrences, hint, text.length);
  if (bestExact && (bestExact.contextSimilarity === null || bestExact.contextSimilarity >= STRONG_CONTEXT)) {
    return placed(text, bestExact, exact);
  }

  // 3. Fuzzy.
  const fuzzy = findFuzzyMatch(text, quote, hint);
  const acceptable =
    fuzzy !== null && fuzzy.score >= minFuzzyScore && hasEnoughEvidence(fuzzy, exact.length) ? fuzzy : null;
  if (bestExact) {
    return acceptable && acceptable.score > bestExact.score + FUZZY_OVER_EXACT_MARGIN
      ? placed(text, acceptable, exact)
      : placed(text, bestExact, exact);
  }
  if (acceptable) return placed(text, acceptable, exact);
  return orphaned(fuzzy?.score ?? 0);
}

function hasEnoughEvidence(span: ScoredSpan, quoteLength: number): boolean {
  return (
    quoteLength >= SELF_EVIDENT_QUOTE_LENGTH ||
    span.contextSimilarity === null ||
    span.contextSimilarity >= MIN_CONTEXT_FOR_SHORT_QUOTE
  );
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

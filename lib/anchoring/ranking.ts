import type { ScoredSpan } from "./similarity";

/**
 * Weight of nearness to the old position when choosing among candidates. It is
 * added to the score only for ranking and is never part of the reported score.
 * Nearness is measured as a fraction of the text's length: shifting by a few
 * paragraphs in a book costs almost nothing, while the far end of the text
 * costs 0.1, as much as ten spoiled characters of the quote in 75, or
 * two-fifths of the context (about 25 of the 64 characters recorded).
 *
 * The tradeoff: texts quote themselves (an abstract repeats the body, a study
 * text reprints the passage it discussed), so the same words with the same
 * context can occur twice, far apart. Then only the position can tell the
 * copies apart, and an edit next to the right copy must not send the anchor
 * to the other one across the document. A clearly different context (a
 * repeated phrase in another sentence: unrelated prose matches only about a
 * third) still outweighs any distance.
 */
export const POSITION_WEIGHT = 0.1;

/**
 * Ranks closer than this are treated as equal. Ranks are sums of a few
 * ratios, so "equal" evidence can differ in the last bits of a double; no real
 * difference in wording is this small.
 */
export const SCORE_TIE_EPSILON = 1e-9;

/**
 * The candidate with the best score plus nearness bonus (see `POSITION_WEIGHT`)
 * relative to `hint`, the passage's old start offset, in a text of
 * `textLength` characters; exact ties go to the nearer, then the earlier
 * candidate. Returns null for an empty list.
 */
export function pickBest<T extends ScoredSpan>(candidates: readonly T[], hint: number, textLength: number): T | null {
  let best: T | null = null;
  let bestRank = -Infinity;
  for (const c of candidates) {
    const r = rank(c, hint, textLength);
    if (best === null || r > bestRank + SCORE_TIE_EPSILON || (r >= bestRank - SCORE_TIE_EPSILON && isNearer(c, best, hint))) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}

/** Score plus nearness bonus; exported for tests and diagnostics. */
export function rank(candidate: ScoredSpan, hint: number, textLength: number): number {
  const distance = Math.abs(candidate.start - hint);
  const proximity = textLength > 0 ? 1 - Math.min(1, distance / textLength) : 1;
  return candidate.score + POSITION_WEIGHT * proximity;
}

function isNearer(a: ScoredSpan, b: ScoredSpan, hint: number): boolean {
  const da = Math.abs(a.start - hint);
  const db = Math.abs(b.start - hint);
  return da !== db ? da < db : a.start < b.start;
}

import DiffMatchPatch from "diff-match-patch";
import { pickBest } from "./ranking";
import { candidateRegions, clusterTolerance } from "./seeds";
import { levenshtein } from "./levenshtein";
import { scoreSpan, type ScoredSpan } from "./similarity";
import type { TextQuoteSelector } from "./types";

/**
 * Longest pattern diff-match-patch's bitap matcher accepts (its Match_MaxBits):
 * long quotes are therefore located by their first and last 32 characters and
 * the span between them is scored against the whole quote.
 */
export const BITAP_MAX_PATTERN = 32;

/**
 * The window searched around each candidate start extends this fraction of the
 * quote's length beyond both ends, so that a passage that grew or shrank by up
 * to a quarter through revision still fits; below 32 characters of slack even a
 * short quote could not absorb a re-flowed line or two.
 */
export const LENGTH_SLACK = 0.25;
export const MIN_WINDOW_SLACK = 32;

/**
 * Slack around the old position when no piece of the quote or its context was
 * found anywhere: the passage may still be near where it was, shifted by
 * insertions or deletions before it. Wider windows cost linearly more bitap
 * work and let unrelated text compete, and a shift larger than this with every
 * piece also edited is beyond recovery anyway.
 */
export const UNCORROBORATED_WINDOW_SLACK = 2_000;

/**
 * Bitap's acceptance threshold (0 = perfect match only, 1 = anything). 0.4
 * admits a 32-character end piece with up to about 12 errors: generous, since
 * the final span is judged by the full-quote score, yet strict enough that a
 * window of unrelated prose usually yields nothing and is dropped before any
 * costlier comparison. A passage whose first and last 32 characters were both
 * rewritten that heavily would not reach the acceptance score anyway.
 */
export const BITAP_THRESHOLD = 0.4;

/**
 * Boundaries from bitap can be a few characters off (an insertion at the very
 * start of a piece, a changed space). They are re-examined this many
 * characters either way, comparing this many characters of the quote's start
 * (or end) with the text, which keeps refinement cost independent of quote length.
 */
export const REFINE_RADIUS = 8;
export const REFINE_PROBE_LENGTH = 48;

// A separate instance from similarity.ts: this one's matching parameters are
// set per window.
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0;
dmp.Match_Threshold = BITAP_THRESHOLD;

/** Options for `findFuzzyMatch`. */
export interface FuzzyOptions {
  /** Only look near the old position (see `LOCAL_SEARCH_RADIUS` in seeds.ts). */
  localOnly?: boolean;
  /** Ignore candidates overlapping this span (one already known). */
  exclude?: { start: number; end: number };
}

/**
 * The best approximate place of `quote.exact` in `text`, or null when no
 * candidate region yields a non-empty span (e.g. an empty text).
 *
 * Candidate regions come from `candidateRegions` (surviving pieces of the
 * quote and its context anywhere in the text, plus the old start `hint`); within a window around each, bitap
 * locates the quote's first and last 32 characters, the boundaries are refined
 * by edit distance, and the span is scored against the full quote and its
 * context. Ranking favours, slightly, candidates near `hint`. The result is not
 * thresholded; that is the caller's policy.
 */
export function findFuzzyMatch(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  options: FuzzyOptions = {},
): ScoredSpan | null {
  if (text.length === 0 || quote.exact.length === 0) return null;
  const spans: ScoredSpan[] = [];
  const seen = new Set<string>();
  const { exclude } = options;
  const tolerance = clusterTolerance(quote.exact.length);
  for (const region of candidateRegions(text, quote, hint, options)) {
    if (exclude && Math.abs(region.start - exclude.start) <= tolerance) continue;
    const span = alignNear(text, quote, region.start, region.votes > 0 ? undefined : UNCORROBORATED_WINDOW_SLACK);
    if (!span) continue;
    if (exclude && span.start < exclude.end && exclude.start < span.end) continue;
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push(scoreSpan(text, span.start, span.end, quote));
  }
  return pickBest(spans, hint, text.length);
}

/**
 * Best span for `quote.exact` in a window around `estimate` (an approximate
 * start offset) reaching `slack` characters beyond the quote's expected
 * extent on both sides (by default `LENGTH_SLACK` of its length, at least
 * `MIN_WINDOW_SLACK`). Returns null when neither the quote's first nor its
 * last 32 characters can be found there (within `BITAP_THRESHOLD`) or the
 * window is empty.
 */
export function alignNear(
  text: string,
  quote: TextQuoteSelector,
  estimate: number,
  slack: number = defaultSlack(quote.exact.length),
): { start: number; end: number } | null {
  const exact = quote.exact;
  const length = exact.length;
  const windowStart = Math.max(0, estimate - slack);
  const windowEnd = Math.min(text.length, estimate + length + slack);
  if (windowEnd <= windowStart) return null;
  const window = text.slice(windowStart, windowEnd);

  // Position should only break ties between equally good bitap matches inside
  // the window: the estimate itself is rough, so a distance scale of ten
  // windows caps the proximity penalty at 0.1 of bitap's score.
  dmp.Match_Distance = window.length * 10;

  const pieceLength = Math.min(length, BITAP_MAX_PATTERN);
  const head = exact.slice(0, pieceLength);
  const tail = exact.slice(length - pieceLength);

  // Bitap reports where a match starts. The head's start is the passage's
  // start; for the end, the tail is matched in the reversed window, whose
  // match start is the passage's end seen backwards. Adding the piece length
  // to the tail's start instead would be off by however much the tail grew or
  // shrank (a word replaced by a longer one).
  const headAt = dmp.match_main(window, head, estimate - windowStart);
  const expectedEnd = (headAt >= 0 ? headAt : estimate - windowStart) + length;
  const reversedTailAt = dmp.match_main(reverse(window), reverse(tail), window.length - expectedEnd);
  if (headAt < 0 && reversedTailAt < 0) return null;
  let end = reversedTailAt >= 0 ? windowEnd - reversedTailAt : windowStart + expectedEnd;
  // When the head was lost but the tail was found, trust the tail for the start too.
  let start = headAt >= 0 ? windowStart + headAt : Math.max(0, end - length);
  end = Math.min(text.length, end);
  if (end <= start) {
    end = Math.min(text.length, start + length);
    if (end <= start) return null;
  }

  start = refineStart(text, quote, start, end);
  end = refineEnd(text, quote, start, end);
  return end > start ? { start, end } : null;
}

function reverse(s: string): string {
  return s.split("").reverse().join("");
}

function defaultSlack(quoteLength: number): number {
  return Math.max(MIN_WINDOW_SLACK, Math.ceil(quoteLength * LENGTH_SLACK));
}

// Boundary tie-breakers, worth less than one edit so they never override the
// edit distance: prefer a boundary character that is whitespace exactly when
// the quote's is, and a boundary that splits words exactly when the original did.
const WHITESPACE_MISMATCH_COST = 0.5;
const WORD_BOUNDARY_MISMATCH_COST = 0.25;

function refineStart(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const exact = quote.exact;
  const probe = exact.slice(0, Math.min(REFINE_PROBE_LENGTH, exact.length));
  const probeEnd = Math.min(end, start + probe.length);
  const before = quote.prefix.slice(-1);
  let best = start;
  let bestCost = Infinity;
  const lo = Math.max(0, start - REFINE_RADIUS);
  const hi = Math.min(end - 1, start + REFINE_RADIUS);
  for (let s = lo; s <= hi; s++) {
    let cost = levenshtein(probe, text.slice(s, Math.max(s, probeEnd)));
    if (isSpace(text[s]) !== isSpace(exact[0])) cost += WHITESPACE_MISMATCH_COST;
    if (before && isWordChar(text[s - 1]) !== isWordChar(before)) cost += WORD_BOUNDARY_MISMATCH_COST;
    if (cost < bestCost || (cost === bestCost && Math.abs(s - start) < Math.abs(best - start))) {
      best = s;
      bestCost = cost;
    }
  }
  return best;
}

function refineEnd(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const exact = quote.exact;
  const probe = exact.slice(exact.length - Math.min(REFINE_PROBE_LENGTH, exact.length));
  const probeStart = Math.max(start, end - probe.length);
  const after = quote.suffix.slice(0, 1);
  let best = end;
  let bestCost = Infinity;
  const lo = Math.max(start + 1, end - REFINE_RADIUS);
  const hi = Math.min(text.length, end + REFINE_RADIUS);
  for (let e = lo; e <= hi; e++) {
    let cost = levenshtein(probe, text.slice(Math.min(probeStart, e), e));
    if (isSpace(text[e - 1]) !== isSpace(exact[exact.length - 1])) cost += WHITESPACE_MISMATCH_COST;
    if (after && isWordChar(text[e]) !== isWordChar(after)) cost += WORD_BOUNDARY_MISMATCH_COST;
    if (cost < bestCost || (cost === bestCost && Math.abs(e - end) < Math.abs(best - end))) {
      best = e;
      bestCost = cost;
    }
  }
  return best;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

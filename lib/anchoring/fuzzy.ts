import DiffMatchPatch from "diff-match-patch";
import { pickBest } from "./ranking";
import { candidateRegions, clusterTolerance } from "./seeds";
import { distancesOfMatchesEndingAt, distancesToPrefixes } from "./levenshtein";
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
 * start of a piece, a changed space). They are re-examined `REFINE_RADIUS` to
 * `MAX_REFINE_RADIUS` characters either way (see `refineRadius`), comparing
 * `REFINE_PROBE_LENGTH` characters of the quote's start (or end) and the
 * recorded context with the text; the cost is independent of quote length.
 */
export const REFINE_RADIUS = 8;
export const MAX_REFINE_RADIUS = 32;
export const REFINE_PROBE_LENGTH = 48;

// A separate instance from similarity.ts: this one's matching parameters are
// set per window.
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0;
dmp.Match_Threshold = BITAP_THRESHOLD;

/** Options for `findFuzzyMatch`. */
export interface FuzzyOptions {
  /** Only look near the old position, and only where pieces of the quote survive (see `candidateRegions`). */
  localOnly?: boolean;
  /** Ignore candidates overlapping this span (one already known). */
  exclude?: { start: number; end: number };
}

/**
 * The best approximate place of `quote.exact` in `text`, or null when no
 * candidate region yields a non-empty span (e.g. an empty text).
 *
 * Candidate regions come from `candidateRegions` (surviving pieces of the
 * quote and its context, plus the old start `hint`). In a window around each,
 * bitap locates the quote's first and last 32 characters, the boundaries are
 * refined by edit distance to the quote's ends and to the recorded context,
 * and the span is scored against the full quote and its context (see
 * `scoreSpan`). Ranking favours candidates near `hint` slightly (see
 * `pickBest`). The result is not thresholded: that is the caller's policy.
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

/**
 * Boundaries are re-examined this far either way: at least 8 characters (a
 * changed space, an insertion at the very start of a bitap piece), and a tenth
 * of the quote, since the end of a long quote is placed from its start when its
 * last 32 characters were too damaged for bitap.
 */
function refineRadius(quoteLength: number): number {
  return Math.min(MAX_REFINE_RADIUS, Math.max(REFINE_RADIUS, Math.ceil(quoteLength / 10)));
}

/**
 * A character of recorded context counts for this fraction of a character of
 * the quote when placing a boundary. The context is evidence of where the
 * passage ends, but the quote is the claim itself: a boundary must not take
 * in foreign words, or leave out quoted ones, to make an edited context fit.
 * Context still decides what the quote's words cannot, e.g. whether "…as the
 * basis" revised into "…Bureaucratic the basis" ends after "Bureaucratic" or
 * after "basis" (edit distance alone slightly prefers the former).
 */
export const CONTEXT_EDIT_FACTOR = 0.5;

/**
 * Extra characters the context's far end may drift when matching context
 * around a candidate boundary (text inserted into the context).
 */
const CONTEXT_DRIFT = 8;

// Tie-breakers, worth a fraction of one edit so they never override a real
// difference: prefer a boundary character that is whitespace exactly when the
// quote's is, and a boundary that splits words exactly when the original did.
const WHITESPACE_MISMATCH_COST = 0.5;
const WORD_BOUNDARY_MISMATCH_COST = 0.25;

function refineStart(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const { exact, prefix } = quote;
  const probe = exact.slice(0, Math.min(REFINE_PROBE_LENGTH, exact.length));
  const radius = refineRadius(exact.length);
  const lo = Math.max(0, start - radius);
  const hi = Math.min(end - 1, start + radius);
  const probeEnd = Math.max(hi, Math.min(end, start + probe.length));
  // quoteCost(s) = levenshtein(probe, text[s, probeEnd)), for all s at once, backwards.
  const quoteCosts = distancesToPrefixes(reverse(probe), reverse(text.slice(lo, probeEnd)));
  // contextCost(s) = best match of the prefix ending exactly at s.
  const contextFrom = Math.max(0, lo - prefix.length - CONTEXT_DRIFT);
  const contextCosts = prefix.length > 0 ? distancesOfMatchesEndingAt(prefix, text.slice(contextFrom, hi)) : null;
  const before = prefix.slice(-1);

  let best = start;
  let bestCost = Infinity;
  for (let s = lo; s <= hi; s++) {
    let cost = quoteCosts[probeEnd - s]! + (contextCosts ? CONTEXT_EDIT_FACTOR * contextCosts[s - contextFrom]! : 0);
    if (isSpace(text[s]) !== isSpace(exact[0])) cost += WHITESPACE_MISMATCH_COST;
    if (before !== "" && isWordChar(text[s - 1]) !== isWordChar(before)) cost += WORD_BOUNDARY_MISMATCH_COST;
    if (cost < bestCost || (cost === bestCost && Math.abs(s - start) < Math.abs(best - start))) {
      best = s;
      bestCost = cost;
    }
  }
  return best;
}

function refineEnd(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const { exact, suffix } = quote;
  const probe = exact.slice(exact.length - Math.min(REFINE_PROBE_LENGTH, exact.length));
  const radius = refineRadius(exact.length);
  const lo = Math.max(start + 1, end - radius);
  const hi = Math.min(text.length, end + radius);
  const probeStart = Math.min(lo, Math.max(start, end - probe.length));
  // quoteCost(e) = levenshtein(probe, text[probeStart, e)), for all e at once.
  const quoteCosts = distancesToPrefixes(probe, text.slice(probeStart, hi));
  // contextCost(e) = best match of the suffix starting exactly at e (backwards).
  const contextTo = Math.min(text.length, hi + suffix.length + CONTEXT_DRIFT);
  const contextCosts =
    suffix.length > 0 ? distancesOfMatchesEndingAt(reverse(suffix), reverse(text.slice(lo, contextTo))) : null;
  const after = suffix.slice(0, 1);

  let best = end;
  let bestCost = Infinity;
  for (let e = lo; e <= hi; e++) {
    let cost = quoteCosts[e - probeStart]! + (contextCosts ? CONTEXT_EDIT_FACTOR * contextCosts[contextTo - e]! : 0);
    if (isSpace(text[e - 1]) !== isSpace(exact[exact.length - 1])) cost += WHITESPACE_MISMATCH_COST;
    if (after !== "" && isWordChar(text[e]) !== isWordChar(after)) cost += WORD_BOUNDARY_MISMATCH_COST;
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

import DiffMatchPatch from "diff-match-patch";
import { pickBest } from "./ranking";
import { candidateRegions, clusterTolerance } from "./seeds";
import { levenshtein } from "./levenshtein";
import { CONTEXT_WEIGHT, QUOTE_WEIGHT, scoreSpan, type ScoredSpan } from "./similarity";
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
 * Cost of placing a boundary, in the units of the final score: what the quote
 * near the boundary and the recorded context beyond it lose in similarity.
 * Edit distance alone cannot choose between "…organization, Bureaucratic" and
 * "…organization, Bureaucratic the basis" as the revision of "…organization,
 * as the basis"; the recorded suffix " for both…" can.
 *
 * The tie-breakers are a fraction of one quote character, so they never
 * override a real difference: prefer a boundary character that is whitespace
 * exactly when the quote's is, and a boundary that splits words exactly when
 * the original did.
 */
function boundaryCost(
  quoteEdits: number,
  quoteLength: number,
  contextEdits: number,
  contextLength: number,
  whitespaceMismatch: boolean,
  wordBoundaryMismatch: boolean,
): number {
  const perQuoteChar = QUOTE_WEIGHT / quoteLength;
  // One side of the context is half of the context similarity.
  const perContextChar = contextLength > 0 ? (CONTEXT_WEIGHT * 0.5) / contextLength : 0;
  return (
    quoteEdits * perQuoteChar +
    contextEdits * perContextChar +
    (whitespaceMismatch ? 0.5 * perQuoteChar : 0) +
    (wordBoundaryMismatch ? 0.25 * perQuoteChar : 0)
  );
}

function refineStart(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const { exact, prefix } = quote;
  const probe = exact.slice(0, Math.min(REFINE_PROBE_LENGTH, exact.length));
  const probeEnd = Math.min(end, start + probe.length);
  const before = prefix.slice(-1);
  const radius = refineRadius(exact.length);
  let best = start;
  let bestCost = Infinity;
  const lo = Math.max(0, start - radius);
  const hi = Math.min(end - 1, start + radius);
  for (let s = lo; s <= hi; s++) {
    const cost = boundaryCost(
      levenshtein(probe, text.slice(s, Math.max(s, probeEnd))),
      exact.length,
      prefix.length > 0 ? levenshtein(prefix, text.slice(Math.max(0, s - prefix.length), s)) : 0,
      prefix.length,
      isSpace(text[s]) !== isSpace(exact[0]),
      before !== "" && isWordChar(text[s - 1]) !== isWordChar(before),
    );
    if (cost < bestCost - COST_EPSILON || (cost <= bestCost + COST_EPSILON && Math.abs(s - start) < Math.abs(best - start))) {
      best = s;
      bestCost = Math.min(cost, bestCost);
    }
  }
  return best;
}

function refineEnd(text: string, quote: TextQuoteSelector, start: number, end: number): number {
  const { exact, suffix } = quote;
  const probe = exact.slice(exact.length - Math.min(REFINE_PROBE_LENGTH, exact.length));
  const probeStart = Math.max(start, end - probe.length);
  const after = suffix.slice(0, 1);
  const radius = refineRadius(exact.length);
  let best = end;
  let bestCost = Infinity;
  const lo = Math.max(start + 1, end - radius);
  const hi = Math.min(text.length, end + radius);
  for (let e = lo; e <= hi; e++) {
    const cost = boundaryCost(
      levenshtein(probe, text.slice(Math.min(probeStart, e), e)),
      exact.length,
      suffix.length > 0 ? levenshtein(suffix, text.slice(e, e + suffix.length)) : 0,
      suffix.length,
      isSpace(text[e - 1]) !== isSpace(exact[exact.length - 1]),
      after !== "" && isWordChar(text[e]) !== isWordChar(after),
    );
    if (cost < bestCost - COST_EPSILON || (cost <= bestCost + COST_EPSILON && Math.abs(e - end) < Math.abs(best - end))) {
      best = e;
      bestCost = Math.min(cost, bestCost);
    }
  }
  return best;
}

// Costs are sums of fractions; equal evidence must compare equal.
const COST_EPSILON = 1e-12;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

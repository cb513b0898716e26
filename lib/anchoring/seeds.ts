import { findAllOccurrences } from "./occurrences";
import type { TextQuoteSelector } from "./types";

/**
 * Length of the verbatim pieces used to look for a revised passage. A typo or
 * a re-flowed line break spoils only the pieces it touches, so shorter pieces
 * survive more edits; but pieces much shorter than 16 characters ("of the
 * people") recur all over a book and point nowhere.
 */
export const SEED_CHUNK_LENGTH = 16;

/**
 * At most this many pieces of the quote are searched for. Each costs one scan
 * of the text; ten spread over the quote leave several intact unless the
 * passage was rewritten throughout, in which case it should not match anyway.
 */
export const MAX_QUOTE_CHUNKS = 10;

/** Context pieces shorter than this (the text's very start or end) are too common to help. */
export const MIN_CONTEXT_CHUNK_LENGTH = 8;

/** A piece found more often than this is boilerplate (a page header, a refrain) and is ignored. */
export const MAX_CHUNK_OCCURRENCES = 8;

/** How many candidate regions the fuzzy stage examines, besides the old position. */
export const MAX_REGIONS = 4;

interface Vote {
  /** Where the passage would start if this piece is where it was found. */
  impliedStart: number;
  chunk: number;
}

/**
 * Estimated start offsets where a revised version of the passage may now be,
 * best first: pieces of the quote (and the end of the prefix / start of the
 * suffix) are found verbatim anywhere in the text and vote for the start they
 * imply; votes within a quarter of the quote's length of each other are one
 * region. `hint` (the old start) is always included, so that a passage edited
 * too much for any piece to survive is still looked for where it was.
 *
 * Searching the whole text for short pieces costs a few fast `indexOf` scans;
 * diffing is left to the small windows around these estimates.
 */
export function candidateStarts(text: string, quote: TextQuoteSelector, hint: number): number[] {
  const length = quote.exact.length;
  const votes: Vote[] = [];
  const chunks = seedChunks(quote);
  chunks.forEach(({ piece, offset }, chunk) => {
    const found = findAllOccurrences(text, piece, MAX_CHUNK_OCCURRENCES + 1);
    if (found.length > MAX_CHUNK_OCCURRENCES) return;
    for (const at of found) votes.push({ impliedStart: at - offset, chunk });
  });

  const tolerance = clusterTolerance(length);
  const regions = clusterVotes(votes, tolerance);
  regions.sort((a, b) => b.votes - a.votes || Math.abs(a.start - hint) - Math.abs(b.start - hint) || a.start - b.start);

  // A start later than text.length - length cannot hold the whole quote; a
  // hint past the end of a text that shrank is pulled back to where it could.
  const latest = Math.max(0, text.length - length);
  const starts = regions.slice(0, MAX_REGIONS).map((r) => clamp(r.start, 0, latest));
  const fromHint = clamp(hint, 0, latest);
  if (!starts.some((s) => Math.abs(s - fromHint) <= tolerance)) starts.push(fromHint);
  return starts;
}

/**
 * How far apart two estimates of the same passage's start may be. Edits inside
 * the passage shift the pieces after them, so the tolerance grows with the
 * quote; it never goes below one piece's length.
 */
export function clusterTolerance(quoteLength: number): number {
  return Math.max(SEED_CHUNK_LENGTH, Math.ceil(quoteLength / 4));
}

function seedChunks(quote: TextQuoteSelector): Array<{ piece: string; offset: number }> {
  const { exact, prefix, suffix } = quote;
  const chunks: Array<{ piece: string; offset: number }> = [];
  if (exact.length <= SEED_CHUNK_LENGTH) {
    chunks.push({ piece: exact, offset: 0 });
  } else {
    const count = Math.min(MAX_QUOTE_CHUNKS, Math.ceil(exact.length / SEED_CHUNK_LENGTH));
    const span = exact.length - SEED_CHUNK_LENGTH;
    let last = -1;
    for (let i = 0; i < count; i++) {
      const offset = count === 1 ? 0 : Math.round((i * span) / (count - 1));
      if (offset === last) continue;
      last = offset;
      chunks.push({ piece: exact.slice(offset, offset + SEED_CHUNK_LENGTH), offset });
    }
  }
  const before = prefix.slice(-SEED_CHUNK_LENGTH);
  if (before.length >= MIN_CONTEXT_CHUNK_LENGTH) chunks.push({ piece: before, offset: -before.length });
  const after = suffix.slice(0, SEED_CHUNK_LENGTH);
  if (after.length >= MIN_CONTEXT_CHUNK_LENGTH) chunks.push({ piece: after, offset: exact.length });
  return chunks;
}

function clusterVotes(votes: Vote[], tolerance: number): Array<{ start: number; votes: number }> {
  votes.sort((a, b) => a.impliedStart - b.impliedStart);
  const regions: Array<{ start: number; votes: number }> = [];
  let group: Vote[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const distinct = new Set(group.map((v) => v.chunk)).size;
    const median = group[Math.floor(group.length / 2)]!.impliedStart;
    regions.push({ start: median, votes: distinct });
    group = [];
  };
  for (const vote of votes) {
    const previous = group[group.length - 1];
    if (previous && vote.impliedStart - previous.impliedStart > tolerance) flush();
    group.push(vote);
  }
  flush();
  return regions;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

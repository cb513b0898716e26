import { findWhitespaceVariants } from "./occurrences";
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

/**
 * A region with fewer than this fraction of the best region's votes is left
 * out: a stray common piece ("the leadership c") should not cost a window
 * comparison when most of the quote's pieces agree on another place.
 */
export const MIN_RELATIVE_VOTES = 1 / 3;

/**
 * Pieces are first looked for within this many characters of the old
 * position; the rest of the text is scanned only if that finds no region most
 * pieces agree on. A lightly revised book thus costs a few scans of 40 KB
 * rather than of the whole text per passage.
 */
export const LOCAL_SEARCH_RADIUS = 20_000;

interface Chunk {
  piece: string;
  /** Offset of the piece relative to the quote's start (negative for the prefix). */
  offset: number;
}

/** An estimated start of the passage and how many distinct pieces agree on it (0 for the bare old position). */
export interface Region {
  start: number;
  votes: number;
}

/**
 * Regions where a revised version of the passage may now be, best first:
 * pieces of the quote (and the end of the prefix / start of the suffix) are
 * found in the text, verbatim up to the form of whitespace, and vote for the
 * start they imply; votes within `clusterTolerance` of each other form one
 * region. The old start `hint` is included (with 0 votes) unless most pieces
 * agree on a region, so that a passage edited too much for pieces to survive
 * is still looked for where it was.
 *
 * With `localOnly`, pieces are only looked for near `hint` and the bare old
 * position is not added: the caller wants places where surviving pieces
 * corroborate a nearby copy, not a blind search.
 *
 * Finding short pieces takes a few fast scans, near `hint` first; diffing is
 * left to the small windows around these estimates.
 */
export function candidateRegions(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  options: { localOnly?: boolean } = {},
): Region[] {
  const length = quote.exact.length;
  const chunks = seedChunks(quote);
  const tolerance = clusterTolerance(length);
  const strong = Math.ceil(chunks.length / 2);

  const lo = Math.max(0, hint - LOCAL_SEARCH_RADIUS);
  const hi = Math.min(text.length, hint + length + LOCAL_SEARCH_RADIUS);
  let regions = findRegions(text, chunks, tolerance, lo, hi);
  const bestLocal = regions.reduce((m, r) => Math.max(m, r.votes), 0);
  if (!options.localOnly && (lo > 0 || hi < text.length) && bestLocal < strong) {
    regions = findRegions(text, chunks, tolerance, 0, text.length);
  }
  regions.sort((a, b) => b.votes - a.votes || Math.abs(a.start - hint) - Math.abs(b.start - hint) || a.start - b.start);
  const bestVotes = regions[0]?.votes ?? 0;

  // A start later than text.length - length cannot hold the whole quote; a
  // hint past the end of a text that shrank is pulled back to where it could.
  const latest = Math.max(0, text.length - length);
  const chosen = regions
    .filter((r) => r.votes >= bestVotes * MIN_RELATIVE_VOTES)
    .slice(0, MAX_REGIONS)
    .map((r) => ({ start: clamp(r.start, 0, latest), votes: r.votes }));
  const fromHint = clamp(hint, 0, latest);
  if (!options.localOnly && bestVotes < strong && !chosen.some((r) => Math.abs(r.start - fromHint) <= tolerance)) {
    chosen.push({ start: fromHint, votes: 0 });
  }
  return chosen;
}

/**
 * How far apart two estimates of the same passage's start may be. Edits inside
 * the passage shift the pieces after them, so the tolerance grows with the
 * quote; it never goes below one piece's length.
 */
export function clusterTolerance(quoteLength: number): number {
  return Math.max(SEED_CHUNK_LENGTH, Math.ceil(quoteLength / 4));
}

function findRegions(text: string, chunks: Chunk[], tolerance: number, lo: number, hi: number): Region[] {
  // slice() of a long string is a view in V8, not a copy.
  const area = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  const votes: Vote[] = [];
  chunks.forEach(({ piece, offset }, chunk) => {
    // Up to whitespace, because re-extraction moves line breaks about: a piece
    // spanning one would otherwise be lost to a change that is not an edit.
    const found = findWhitespaceVariants(area, piece, MAX_CHUNK_OCCURRENCES + 1);
    if (found.length > MAX_CHUNK_OCCURRENCES) return;
    for (const { start } of found) votes.push({ impliedStart: lo + start - offset, chunk });
  });
  return clusterVotes(votes, tolerance);
}

interface Vote {
  /** Where the passage would start if this piece is where it was found. */
  impliedStart: number;
  chunk: number;
}

function seedChunks(quote: TextQuoteSelector): Chunk[] {
  const { exact, prefix, suffix } = quote;
  const chunks: Chunk[] = [];
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

function clusterVotes(votes: Vote[], tolerance: number): Region[] {
  votes.sort((a, b) => a.impliedStart - b.impliedStart);
  const regions: Region[] = [];
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

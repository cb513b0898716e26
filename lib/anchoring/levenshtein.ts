/**
 * Exact Levenshtein distance (insertions, deletions and substitutions each cost
 * 1). Meant for short strings (contexts, boundary probes), where it is both
 * faster and more exact than diffing; long quotes go through diff-match-patch
 * instead (see `similarity.ts`).
 *
 * When the shorter string has at most 32 characters, Myers' bit-parallel
 * algorithm (as formulated by Hyyrö) computes it in one pass over the longer
 * string, a column of the dynamic programme per machine word; this matters
 * when a common short quote occurs thousands of times and the context of each
 * occurrence must be compared. Otherwise a plain dynamic programme,
 * O(a.length × b.length) time and O(b.length) memory.
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length <= 32) return bitParallelDistance(shorter, longer);
  return distancesToPrefixes(a, b)[b.length]!;
}

// Match masks of the last pattern seen: contexts are compared against one
// recorded prefix or suffix many times in a row.
let cachedPattern = "";
let cachedMasks = new Map<number, number>();

function matchMasks(pattern: string): Map<number, number> {
  if (pattern !== cachedPattern) {
    const masks = new Map<number, number>();
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      masks.set(code, (masks.get(code) ?? 0) | (1 << i));
    }
    cachedPattern = pattern;
    cachedMasks = masks;
  }
  return cachedMasks;
}

/**
 * Global edit distance between `pattern` (1–32 characters) and `text`: bit i
 * of the vertical delta vectors describes row i of the current column. All
 * arithmetic is on 32-bit integers; bits above the pattern's length carry
 * garbage upwards only and are never read.
 */
function bitParallelDistance(pattern: string, text: string): number {
  const masks = matchMasks(pattern);
  const lastBit = 1 << (pattern.length - 1);
  let positive = -1; // every vertical delta starts at +1 (column 0 is 0, 1, 2, …)
  let negative = 0;
  let distance = pattern.length;
  for (let j = 0; j < text.length; j++) {
    const equal = masks.get(text.charCodeAt(j)) ?? 0;
    const vertical = equal | negative;
    const horizontal = (((equal & positive) + positive) ^ positive) | equal;
    let horizontalPositive = negative | ~(horizontal | positive);
    let horizontalNegative = positive & horizontal;
    if (horizontalPositive & lastBit) distance += 1;
    else if (horizontalNegative & lastBit) distance -= 1;
    // Row 0 grows by one per column (the empty pattern against a longer text).
    horizontalPositive = (horizontalPositive << 1) | 1;
    horizontalNegative <<= 1;
    positive = horizontalNegative | ~(vertical | horizontalPositive);
    negative = horizontalPositive & vertical;
  }
  return distance;
}

/**
 * Edit distances of `pattern` to every prefix of `text` in one pass:
 * `result[j] === levenshtein(pattern, text.slice(0, j))` for 0 <= j <= text.length.
 * Used to try every position of a boundary at once.
 */
export function distancesToPrefixes(pattern: string, text: string): Uint32Array {
  return lastRow(pattern, text, false);
}

/**
 * Approximate-match distances (Sellers' algorithm): `result[j]` is the least
 * edit distance between `pattern` and any substring of `text` ending at `j`,
 * i.e. the match may start anywhere. Used for context, whose far end is free
 * to drift when text was inserted into it.
 */
export function distancesOfMatchesEndingAt(pattern: string, text: string): Uint32Array {
  return lastRow(pattern, text, true);
}

function lastRow(pattern: string, text: string, freeStart: boolean): Uint32Array {
  const n = text.length;
  let previous = new Uint32Array(n + 1);
  let current = new Uint32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = freeStart ? 0 : j;
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    const cp = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      let cost = previous[j - 1]! + (cp === text.charCodeAt(j - 1) ? 0 : 1);
      const deletion = previous[j]! + 1;
      if (deletion < cost) cost = deletion;
      const insertion = current[j - 1]! + 1;
      if (insertion < cost) cost = insertion;
      current[j] = cost;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous;
}

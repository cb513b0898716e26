/**
 * Exact Levenshtein distance (insertions, deletions and substitutions each cost
 * 1) by dynamic programming in O(a.length × b.length) time and O(b.length)
 * memory. Meant for short strings (contexts, boundary probes), where it is
 * both faster and more exact than diffing; long quotes go through
 * diff-match-patch instead (see `similarity.ts`).
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      // Plain comparisons rather than Math.min: this is the innermost loop, and
      // a global lookup per cell is very slow in sandboxed contexts (jest's vm).
      let cost = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
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
  return previous[b.length]!;
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

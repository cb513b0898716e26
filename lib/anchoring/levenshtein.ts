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

/**
 * Test helper: applies a set of edits to a text and tracks where spans of the
 * old text end up, so re-anchoring can be checked against the truth.
 *
 * Edits are in old-text coordinates and must not overlap. A move is a deletion
 * plus an insertion that carries the deleted range along (`moveFrom`), so
 * offsets inside a moved paragraph follow it.
 */
export interface Edit {
  from: number;
  to: number;
  /** Replacement text, or the old-text range whose content is re-inserted here (a move's destination). */
  insert: string | { moveFrom: number; moveTo: number };
}

interface Piece {
  newStart: number;
  /** Old-text range this piece copies, or null for new text. */
  oldFrom: number | null;
  oldTo: number | null;
  length: number;
}

export interface Revision {
  text: string;
  /**
   * New-text offsets of old span [start, end), or null when the span did not
   * survive as one contiguous run (deleted, or cut by an edit at its edge).
   */
  mapSpan(start: number, end: number): { start: number; end: number } | null;
}

export function applyEdits(old: string, edits: readonly Edit[]): Revision {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  const pieces: Piece[] = [];
  const out: string[] = [];
  let length = 0;
  let cursor = 0;
  const pushOld = (from: number, to: number) => {
    if (to <= from) return;
    pieces.push({ newStart: length, oldFrom: from, oldTo: to, length: to - from });
    out.push(old.slice(from, to));
    length += to - from;
  };
  const pushNew = (s: string) => {
    if (s.length === 0) return;
    pieces.push({ newStart: length, oldFrom: null, oldTo: null, length: s.length });
    out.push(s);
    length += s.length;
  };
  for (const edit of sorted) {
    if (edit.from < cursor) throw new Error(`overlapping edits at ${edit.from}`);
    pushOld(cursor, edit.from);
    if (typeof edit.insert === "string") pushNew(edit.insert);
    else pushOld(edit.insert.moveFrom, edit.insert.moveTo);
    cursor = edit.to;
  }
  pushOld(cursor, old.length);

  const locate = (p: number): number | null => {
    for (const piece of pieces) {
      if (piece.oldFrom !== null && piece.oldTo !== null && piece.oldFrom <= p && p < piece.oldTo) {
        return piece.newStart + (p - piece.oldFrom);
      }
    }
    return null;
  };
  const text = out.join("");
  return {
    text,
    mapSpan(start, end) {
      const s = locate(start);
      const last = locate(end - 1);
      if (s === null || last === null || last < s) return null;
      // Contiguous only if nothing from outside the old span now lies inside the new one.
      const foreign = pieces.some(
        (piece) =>
          piece.newStart + piece.length > s &&
          piece.newStart <= last &&
          piece.oldFrom !== null &&
          piece.oldTo !== null &&
          (piece.oldTo <= start || piece.oldFrom >= end),
      );
      if (foreign) return null;
      return { start: s, end: last + 1 };
    },
  };
}

/** Deterministic PRNG (mulberry32) so the perturbation test is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, lo: number, hiInclusive: number): number {
  return lo + Math.floor(random() * (hiInclusive - lo + 1));
}

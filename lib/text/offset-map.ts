import type { MappedText } from "./mapped-text";
import type { OffsetAnchor, OffsetMap, OffsetRun } from "./types";

/**
 * Compress mapped text into an OffsetMap.
 *
 * Inserted characters are clamped between their neighbours' original offsets so that the map is
 * monotone even if a caller anchored one carelessly; copied text must already be in order.
 */
export function buildOffsetMap(mapped: MappedText, originalLength: number): OffsetMap {
  const { segments } = mapped;
  const runs: OffsetRun[] = [];
  const anchors: OffsetAnchor[] = [];
  let previousRunEnd = 0;
  let floor = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment || segment.length === 0) continue;
    const { start, length, origin } = segment;
    if (!segment.inserted) {
      if (origin < floor) throw new Error(`Offset map out of order at normalised offset ${start}`);
      const last = runs[runs.length - 1];
      if (last && last[0] + last[2] === start && last[1] + last[2] === origin) last[2] += length;
      else runs.push([start, origin, length]);
      previousRunEnd = origin + length;
      floor = previousRunEnd;
      continue;
    }
    // The next copied text bounds an inserted character's anchor from above.
    let ceiling = originalLength;
    for (let k = i + 1; k < segments.length; k++) {
      const next = segments[k];
      if (next && !next.inserted) {
        ceiling = next.origin;
        break;
      }
    }
    const anchor = Math.min(Math.max(origin, floor), ceiling);
    floor = anchor;
    if (anchor === previousRunEnd) continue;
    const last = anchors[anchors.length - 1];
    if (last && last[0] + last[2] === start && last[1] === anchor) last[2] += length;
    else anchors.push([start, anchor, length]);
  }
  return { version: 1, normalizedLength: mapped.text.length, originalLength, runs, anchors };
}

/** Index of the last entry whose normalised start is <= offset, or -1. */
function lastStartingAtOrBefore(entries: readonly (readonly [number, number, number])[], offset: number): number {
  let low = 0;
  let high = entries.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entry = entries[mid];
    if (entry && entry[0] <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

function clampOffset(map: OffsetMap, offset: number): number {
  if (Number.isNaN(offset)) throw new RangeError("Offset is not a number");
  return Math.max(0, Math.min(map.normalizedLength, Math.floor(offset)));
}

/** Where the normalised character at `offset` maps, and whether it was copied. */
function locate(map: OffsetMap, offset: number): { original: number; copied: boolean } {
  let fallback = 0;
  const runIndex = lastStartingAtOrBefore(map.runs, offset);
  const run = map.runs[runIndex];
  if (run) {
    const [normStart, origStart, length] = run;
    if (offset < normStart + length) return { original: origStart + offset - normStart, copied: true };
    fallback = origStart + length;
  }
  const anchor = map.anchors[lastStartingAtOrBefore(map.anchors, offset)];
  if (anchor) {
    const [normStart, origOffset, length] = anchor;
    if (offset < normStart + length) return { original: origOffset, copied: false };
    fallback = Math.max(fallback, origOffset);
  }
  return { original: fallback, copied: false };
}

/**
 * The original offset for a normalised offset. A copied character maps to where it was copied
 * from; an inserted one (a space for a line break, a paragraph separator) to the start of what it
 * replaced. Offsets are clamped to the text, and the function is monotone non-decreasing.
 */
export function toOriginalOffset(map: OffsetMap, normalizedOffset: number): number {
  return locate(map, clampOffset(map, normalizedOffset)).original;
}

/**
 * The original range for a normalised range (end exclusive). The end maps just past the last
 * character of the range, so a range ending with a paragraph does not run into the whitespace,
 * page numbers or notes that followed it in the original. An empty or reversed range maps to an
 * empty range at `start`.
 */
export function toOriginalRange(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  const from = clampOffset(map, start);
  const to = clampOffset(map, end);
  const originalStart = locate(map, from).original;
  if (to <= from) return { start: originalStart, end: originalStart };
  const last = locate(map, to - 1);
  const originalEnd = last.copied ? last.original + 1 : last.original;
  return { start: originalStart, end: Math.max(originalStart, originalEnd) };
}

/** JSON for storing the map in the database. */
export function serializeOffsetMap(map: OffsetMap): string {
  return JSON.stringify(map);
}

/**
 * Read a stored map back, checking its shape and ordering so that a corrupt row fails here
 * rather than producing wrong highlights later.
 */
export function parseOffsetMap(json: string): OffsetMap {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error("Invalid offset map: not JSON");
  }
  if (typeof value !== "object" || value === null) throw new Error("Invalid offset map: not an object");
  const record = value as Record<string, unknown>;
  if (record.version !== 1) throw new Error("Invalid offset map: unknown version");
  const normalizedLength = record.normalizedLength;
  const originalLength = record.originalLength;
  if (!isCount(normalizedLength) || !isCount(originalLength)) throw new Error("Invalid offset map: bad lengths");
  const runs = readTriples(record.runs, "runs");
  const anchors = readTriples(record.anchors, "anchors");
  let normEnd = 0;
  let origEnd = 0;
  for (const [normStart, origStart, length] of runs) {
    if (length < 1 || normStart < normEnd || origStart < origEnd) throw new Error("Invalid offset map: runs overlap or are unsorted");
    normEnd = normStart + length;
    origEnd = origStart + length;
  }
  if (normEnd > normalizedLength || origEnd > originalLength) throw new Error("Invalid offset map: run beyond text");
  let anchorEnd = 0;
  for (const [normStart, origOffset, length] of anchors) {
    if (length < 1 || normStart < anchorEnd) throw new Error("Invalid offset map: anchors overlap or are unsorted");
    if (normStart + length > normalizedLength || origOffset > originalLength) throw new Error("Invalid offset map: anchor beyond text");
    anchorEnd = normStart + length;
  }
  return { version: 1, normalizedLength, originalLength, runs, anchors };
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function readTriples(value: unknown, name: string): [number, number, number][] {
  if (!Array.isArray(value)) throw new Error(`Invalid offset map: ${name} is not a list`);
  return value.map((entry: unknown) => {
    if (!Array.isArray(entry) || entry.length !== 3 || !entry.every(isCount)) {
      throw new Error(`Invalid offset map: ${name} entry is not three counts`);
    }
    return [entry[0], entry[1], entry[2]] as [number, number, number];
  });
}

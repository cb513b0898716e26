/**
 * Text being built from pieces of an original, where every character remembers where it came
 * from. Pieces are kept as segments (a copied stretch, or inserted characters standing for one
 * original position), so a 400 KB book costs a few thousand segments rather than an entry per
 * character; the compact OffsetMap is derived from them at the end.
 */

/** A stretch of mapped text: copied from `origin` onwards, or inserted in place of `origin`. */
export interface Segment {
  /** Offset of the segment in its text. */
  start: number;
  length: number;
  origin: number;
  inserted: boolean;
}

/** A finished piece of mapped text; segments are in order and cover the text exactly. */
export interface MappedText {
  readonly text: string;
  readonly segments: readonly Segment[];
}

/** Accumulates copied and inserted pieces. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  private push(length: number, origin: number, inserted: boolean): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.inserted === inserted && (inserted ? last.origin === origin : last.origin + last.length === origin)) {
      last.length += length;
    } else {
      this.segments.push({ start: this.size, length, origin, inserted });
    }
    this.size += length;
  }

  /** Copy `source.slice(start, end)`, which must be a slice of the original. */
  copy(source: string, start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(source.slice(start, end));
    this.push(end - start, start, false);
    return this;
  }

  /** Insert characters that do not occur in the original at this place. */
  insert(text: string, anchor: number): this {
    if (text.length === 0) return this;
    this.parts.push(text);
    this.push(text.length, anchor, true);
    return this;
  }

  append(other: MappedText): this {
    if (other.text.length === 0) return this;
    this.parts.push(other.text);
    for (const segment of other.segments) this.push(segment.length, segment.origin, segment.inserted);
    return this;
  }

  /** The last character, or "" when empty. */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i] ?? "";
      if (part.length > 0) return part.charAt(part.length - 1);
    }
    return "";
  }

  /** The original offset just after the last character (see {@link originalEndAt}), or 0. */
  lastOriginalEnd(): number {
    const last = this.segments[this.segments.length - 1];
    if (!last) return 0;
    return last.inserted ? last.origin : last.origin + last.length;
  }

  /** Drop the last character (a hyphen that turned out to be a line-end split). */
  popChar(): void {
    const last = this.segments[this.segments.length - 1];
    if (!last) return;
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i] ?? "";
      if (part.length > 0) {
        this.parts[i] = part.slice(0, -1);
        break;
      }
    }
    last.length -= 1;
    if (last.length === 0) this.segments.pop();
    this.size -= 1;
  }

  /** The finished text. The builder must not be used afterwards. */
  build(): MappedText {
    return { text: this.parts.join(""), segments: this.segments };
  }
}

/** Index of the segment holding character `offset`. */
function segmentIndexAt(mapped: MappedText, offset: number): number {
  const { segments } = mapped;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((segments[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The original offset the character at `offset` was copied from, or stands for if inserted. */
export function originalPositionAt(mapped: MappedText, offset: number): number {
  const segment = mapped.segments[segmentIndexAt(mapped, offset)];
  if (!segment) return 0;
  return segment.inserted ? segment.origin : segment.origin + offset - segment.start;
}

/**
 * The original offset just after the character at `offset`: one past it when copied; its anchor
 * when inserted, since an inserted character covers no original text.
 */
export function originalEndAt(mapped: MappedText, offset: number): number {
  const segment = mapped.segments[segmentIndexAt(mapped, offset)];
  if (!segment) return 0;
  return segment.inserted ? segment.origin : segment.origin + offset - segment.start + 1;
}

/** The piece between two offsets. */
export function slice(mapped: MappedText, start: number, end: number): MappedText {
  if (end <= start) return { text: "", segments: [] };
  const segments: Segment[] = [];
  for (let i = segmentIndexAt(mapped, start); i < mapped.segments.length; i++) {
    const segment = mapped.segments[i];
    if (!segment || segment.start >= end) break;
    const from = Math.max(start, segment.start);
    const to = Math.min(end, segment.start + segment.length);
    if (to <= from) continue;
    segments.push({
      start: from - start,
      length: to - from,
      origin: segment.inserted ? segment.origin : segment.origin + from - segment.start,
      inserted: segment.inserted,
    });
  }
  return { text: mapped.text.slice(start, end), segments };
}

/** A half-open range to delete from a MappedText. */
export interface Deletion {
  start: number;
  end: number;
}

/** Delete sorted, non-overlapping ranges. */
export function deleteRanges(mapped: MappedText, deletions: readonly Deletion[]): MappedText {
  if (deletions.length === 0) return mapped;
  const builder = new MappedTextBuilder();
  let cursor = 0;
  for (const { start, end } of deletions) {
    if (start > cursor) builder.append(slice(mapped, cursor, start));
    cursor = Math.max(cursor, end);
  }
  if (cursor < mapped.text.length) builder.append(slice(mapped, cursor, mapped.text.length));
  return builder.build();
}

/**
 * Reduce every run of spaces to one and drop spaces at either end. Returns the tidied text and a
 * function that moves an offset of the old text to the new one.
 */
export function tidySpaces(mapped: MappedText): { text: MappedText; moveOffset: (offset: number) => number } {
  const { text } = mapped;
  const deletions: Deletion[] = [];
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === 32) start++;
  let end = text.length;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (start > 0) deletions.push({ start: 0, end: start });
  for (let i = text.indexOf("  ", start); i !== -1 && i + 1 < end; i = text.indexOf("  ", i + 1)) {
    deletions.push({ start: i + 1, end: i + 2 });
  }
  if (end < text.length) deletions.push({ start: end, end: text.length });
  if (deletions.length === 0) return { text: mapped, moveOffset: (offset) => offset };
  const moveOffset = (offset: number): number => {
    let moved = offset;
    for (const d of deletions) {
      if (d.start >= offset) break;
      moved -= Math.min(d.end, offset) - d.start;
    }
    return moved;
  };
  return { text: deleteRanges(mapped, deletions), moveOffset };
}

/**
 * Text being built from pieces of an original, where each UTF-16 unit remembers its origin.
 * Keeping one origin per character (rather than a list of runs) makes removing marks and
 * dropping hyphens trivial; the compact OffsetMap is derived once at the end.
 */

/**
 * Origin of one character: a non-negative number is the original offset it was copied from;
 * a negative number `-(anchor + 1)` marks an inserted character standing for original `anchor`.
 */
export type Origin = number;

/** A finished piece of mapped text. */
export interface MappedText {
  readonly text: string;
  readonly origins: readonly Origin[];
}

/** True when the character was inserted rather than copied. */
export function isInserted(origin: Origin): boolean {
  return origin < 0;
}

/** The original offset a character stands for: where it was copied from, or its anchor. */
export function originalPosition(origin: Origin): number {
  return origin < 0 ? -origin - 1 : origin;
}

/**
 * The original offset just after a character: one past a copied character, the anchor itself for
 * an inserted one (an inserted character covers no original text).
 */
export function originalEndOf(origin: Origin): number {
  return origin < 0 ? -origin - 1 : origin + 1;
}

/** Accumulates copied and inserted pieces. */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly origins: Origin[] = [];

  get length(): number {
    return this.origins.length;
  }

  /** Copy `source.slice(start, end)`, which must be a slice of the original. */
  copy(source: string, start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(source.slice(start, end));
    for (let i = start; i < end; i++) this.origins.push(i);
    return this;
  }

  /** Insert characters that do not occur in the original at this place. */
  insert(text: string, anchor: number): this {
    if (text.length === 0) return this;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.origins.push(-anchor - 1);
    return this;
  }

  append(other: MappedText): this {
    if (other.text.length === 0) return this;
    this.parts.push(other.text);
    for (const origin of other.origins) this.origins.push(origin);
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

  /** Origin of the last character, or undefined when empty. */
  lastOrigin(): Origin | undefined {
    return this.origins[this.origins.length - 1];
  }

  /** Drop the last character (a hyphen that turned out to be a line-end split). */
  popChar(): void {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i] ?? "";
      if (part.length > 0) {
        this.parts[i] = part.slice(0, -1);
        this.origins.pop();
        return;
      }
    }
  }

  /** The finished text. The builder hands over its origins and must not be used afterwards. */
  build(): MappedText {
    return { text: this.parts.join(""), origins: this.origins };
  }
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

/** The piece between two offsets. */
export function slice(mapped: MappedText, start: number, end: number): MappedText {
  return { text: mapped.text.slice(start, end), origins: mapped.origins.slice(start, end) };
}

/** Without leading and trailing spaces (which can appear after a mark at a paragraph edge goes). */
export function trimSpaces(mapped: MappedText): MappedText {
  let start = 0;
  let end = mapped.text.length;
  while (start < end && mapped.text.charCodeAt(start) === 32) start++;
  while (end > start && mapped.text.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === mapped.text.length ? mapped : slice(mapped, start, end);
}

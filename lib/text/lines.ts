import type { MappedTextBuilder } from "./mapped-text";

/** One line of the original, located by offsets so everything built from it can be mapped back. */
export interface SourceLine {
  index: number;
  /** Content of the line without its terminator. */
  start: number;
  end: number;
  /** Content without surrounding whitespace; equal when the line is blank. */
  textStart: number;
  textEnd: number;
  /** `original.slice(textStart, textEnd)`. */
  text: string;
  blank: boolean;
  /** Non-blank and starting with whitespace: in PDF extractions this marks the top of a page. */
  indented: boolean;
}

const LINE_BREAK = /\r\n|\r|\n/g;

// Zero-width characters that extraction leaves behind; they only get in the way of matching words.
// The soft hyphen is not here: at a line end it says "rejoin", so it must survive trimming.
const INVISIBLE = new Set([0x200b, 0x2060, 0xfeff]);
const SOFT_HYPHEN = 0x00ad;

// Symbol-font bullets that PDF extraction turns into private-use characters.
const PRIVATE_BULLETS = new Set([0xf0b7, 0xf0a7, 0xf076, 0xf0d8, 0xf0fc, 0xf06e, 0xf0a8]);

// Anything appendLineText would change: a whitespace character other than a lone space, two
// spaces, an invisible character, a soft hyphen or a private-use bullet.
const NEEDS_CLEANING = /[\t\n\v\f\r\u00A0\u00AD\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\uF000-\uF0FF]| {2}/;

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isTrimmable(code: number): boolean {
  return isSpace(code) || INVISIBLE.has(code);
}

/** Split into lines (any of \r\n, \r, \n) with their offsets. */
export function splitLines(original: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  const pushLine = (end: number): void => {
    let textStart = start;
    let textEnd = end;
    // A soft hyphen only means something at the end of a line.
    while (textStart < textEnd && (isTrimmable(original.charCodeAt(textStart)) || original.charCodeAt(textStart) === SOFT_HYPHEN)) textStart++;
    while (textEnd > textStart && isTrimmable(original.charCodeAt(textEnd - 1))) textEnd--;
    const blank = textStart === textEnd;
    lines.push({
      index: lines.length,
      start,
      end,
      textStart: blank ? start : textStart,
      textEnd: blank ? start : textEnd,
      text: blank ? "" : original.slice(textStart, textEnd),
      blank,
      indented: !blank && textStart > start,
    });
  };
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(original); match !== null; match = LINE_BREAK.exec(original)) {
    pushLine(match.index);
    start = match.index + match[0].length;
  }
  pushLine(original.length);
  return lines;
}

/**
 * Append a line's text with whitespace runs collapsed to one space, invisible characters dropped
 * and symbol-font bullets shown as "•". A single space is copied rather than inserted so that as
 * much of the text as possible maps one-to-one onto the original.
 */
export function appendLineText(builder: MappedTextBuilder, original: string, line: SourceLine): void {
  // Most lines need nothing done to them.
  if (!NEEDS_CLEANING.test(line.text)) {
    builder.copy(original, line.textStart, line.textEnd);
    return;
  }
  let i = line.textStart;
  const end = line.textEnd;
  let pending = i;
  const flush = (upTo: number): void => {
    builder.copy(original, pending, upTo);
  };
  if (i < end && PRIVATE_BULLETS.has(original.charCodeAt(i))) {
    builder.insert("•", i);
    i += 1;
    pending = i;
  }
  while (i < end) {
    const code = original.charCodeAt(i);
    if (INVISIBLE.has(code) || code === SOFT_HYPHEN) {
      flush(i);
      i += 1;
      pending = i;
      continue;
    }
    if (!isSpace(code)) {
      i += 1;
      continue;
    }
    flush(i);
    let runEnd = i + 1;
    while (runEnd < end) {
      const next = original.charCodeAt(runEnd);
      if (!isSpace(next) && !INVISIBLE.has(next) && next !== SOFT_HYPHEN) break;
      runEnd++;
    }
    if (code === 32) builder.copy(original, i, i + 1);
    else builder.insert(" ", i);
    i = runEnd;
    pending = i;
  }
  flush(end);
}

import { isDigit, isLetter, lettersBefore } from "./chars";
import { deleteRanges, originalEndAt, originalPositionAt, type Deletion, type MappedText } from "./mapped-text";

/**
 * Footnote marks in running text and the lines that start a footnote's own text.
 *
 * A mark is only taken when it cannot be an ordinary number: digits glued to the end of a word or
 * of its closing punctuation (`Gorbachev.3`, `people."1`, `socialism3`), bracketed numbers
 * (`[12]`), superscript digits, and the symbols * † ‡ after a word. Numbers with a space before
 * them ("in 1987", "Chapter 1"), inside parentheses ("(1)"), decimals ("1.5") and codes ("G7",
 * "K13", "W10-12") stay in the text.
 */

/** A mark found in a piece of text. */
export interface MarkMatch {
  start: number;
  end: number;
  label: string;
}

const DIGITS = /\d+/g;
const SUPERSCRIPTS = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g;
const SYMBOLS = /[*†‡]+/g;
const BRACKET_MARK = /\[(\d{1,3}|[*†‡])\]/g;
const EMPTY_BRACKETS = /\[\s*\]/g;
// Anything that can hold a mark at all; most paragraphs have none and are skipped at once.
const MAYBE_MARK = /[\d*†‡[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/;

// Punctuation that may stand between a word and its mark, or after a symbol mark.
const CLOSING = new Set([...".,;:!?\"”’')]"].map((c) => c.charCodeAt(0)));
// "p.3", "No.3", "vol.2" are references, not notes.
const ABBREVIATIONS = new Set(["p", "pp", "no", "nos", "vol", "vols", "ch", "chap", "art", "fig", "sec", "para", "n", "nn", "ed", "eds", "op", "col", "tab", "v", "vs", "cf", "ibid", "id", "sect", "pt"]);

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  "\u00B9": "1", "\u00B2": "2", "\u00B3": "3", "\u2070": "0", "\u2074": "4",
  "\u2075": "5", "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9",
};

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/**
 * Is the number at [start, end) glued to a word as a note mark? It must follow a word directly or
 * through at most three closing marks ("people.\"1").
 */
function isGluedMark(text: string, start: number, end: number): boolean {
  let wordEnd = start;
  while (wordEnd > 0 && start - wordEnd < 3 && CLOSING.has(text.charCodeAt(wordEnd - 1))) wordEnd--;
  const wordStart = lettersBefore(text, wordEnd);
  if (wordStart === wordEnd) return false;
  const word = text.slice(wordStart, wordEnd);
  const punctuation = text.slice(wordEnd, start);
  if (punctuation === "") {
    // "Gorbachev3" is a mark; "G7", "B52", "COVID19" are names.
    if (word.length < 3 || word.toUpperCase() === word) return false;
  } else if (punctuation.startsWith(".") && ABBREVIATIONS.has(word.toLowerCase())) {
    return false;
  }
  // Look at the whole whitespace-delimited token: URLs, e-mail addresses and codes with other
  // digits ("K1-K19", "3x4") are not carrying a note mark.
  let tokenStart = wordStart;
  while (tokenStart > 0 && !isSpaceCode(text.charCodeAt(tokenStart - 1))) tokenStart--;
  let tokenEnd = end;
  while (tokenEnd < text.length && !isSpaceCode(text.charCodeAt(tokenEnd))) tokenEnd++;
  const token = text.slice(tokenStart, tokenEnd);
  if (/[/@]|www\./.test(token)) return false;
  return !/\d/.test(text.slice(tokenStart, start) + text.slice(end, tokenEnd));
}

/** A number can be a mark only if nothing glued after it makes it part of a bigger token. */
function endsCleanly(text: string, end: number): boolean {
  const after = text.charCodeAt(end);
  if (Number.isNaN(after)) return true;
  if (isLetter(after) || isDigit(after) || after === 37 /* % */) return false;
  const next = text.charCodeAt(end + 1);
  // "3.5", "3,000", "3:16" and ranges "3-5" are numbers, not marks.
  if ((after === 46 || after === 44 || after === 58 || after === 45 || after === 0x2013) && isDigit(next)) return false;
  return true;
}

/** All footnote marks in `text`, in order, without overlaps. */
export function findFootnoteMarks(text: string): MarkMatch[] {
  if (!MAYBE_MARK.test(text)) return [];
  const found: MarkMatch[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length <= 3 && endsCleanly(text, end) && isGluedMark(text, start, end)) found.push({ start, end, label: m[0] });
  }
  for (const m of text.matchAll(SUPERSCRIPTS)) {
    const start = m.index;
    const end = start + m[0].length;
    const label = [...m[0]].map((c) => SUPERSCRIPT_DIGITS[c] ?? "").join("");
    if (isGluedMark(text, start, end)) found.push({ start, end, label });
  }
  for (const m of text.matchAll(SYMBOLS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length > 3 || start === 0) continue;
    const before = text.charCodeAt(start - 1);
    if (!isLetter(before) && !isDigit(before) && !CLOSING.has(before)) continue;
    const after = text.charCodeAt(end);
    if (end < text.length && !isSpaceCode(after) && !CLOSING.has(after)) continue;
    found.push({ start, end, label: m[0] });
  }
  for (const m of text.matchAll(BRACKET_MARK)) {
    found.push({ start: m.index, end: m.index + m[0].length, label: m[1] ?? "" });
  }
  found.sort((a, b) => a.start - b.start);
  const result: MarkMatch[] = [];
  for (const mark of found) {
    const last = result[result.length - 1];
    if (!last || mark.start >= last.end) result.push(mark);
  }
  return result;
}

/** A mark taken out of a paragraph: `at` is the offset in the returned text. */
export interface SeparatedMark {
  at: number;
  label: string;
  originalStart: number;
  originalEnd: number;
}

/**
 * Remove footnote marks (when `takeMarks`) and empty link brackets "[]" (always) from a paragraph,
 * together with a space that would otherwise be doubled or left before punctuation.
 */
export function separateFootnoteMarks(mapped: MappedText, takeMarks: boolean): { text: MappedText; marks: SeparatedMark[] } {
  const { text } = mapped;
  const removals: (MarkMatch & { isMark: boolean })[] = [];
  if (takeMarks) for (const mark of findFootnoteMarks(text)) removals.push({ ...mark, isMark: true });
  for (const m of text.matchAll(EMPTY_BRACKETS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!removals.some((r) => start < r.end && r.start < end)) removals.push({ start, end, label: "", isMark: false });
  }
  if (removals.length === 0) return { text: mapped, marks: [] };
  removals.sort((a, b) => a.start - b.start);

  const deletions: Deletion[] = [];
  const marks: SeparatedMark[] = [];
  let removed = 0;
  for (const removal of removals) {
    let { start, end } = removal;
    const before = text.charAt(start - 1);
    const after = text.charAt(end);
    if ((before === " " || start === 0) && after === " ") end += 1;
    else if (before === " " && (end === text.length || /[.,;:!?)]/u.test(after))) start -= 1;
    const previous = deletions[deletions.length - 1];
    if (previous && start < previous.end) start = previous.end;
    if (removal.isMark) {
      marks.push({
        at: start - removed,
        label: removal.label,
        originalStart: originalPositionAt(mapped, removal.start),
        originalEnd: originalEndAt(mapped, removal.end - 1),
      });
    }
    deletions.push({ start, end });
    removed += end - start;
  }
  return { text: deleteRanges(mapped, deletions), marks };
}

/** How a footnote's own text begins. `numeric` labels need corroboration before they are trusted. */
export interface FootnoteStart {
  label: string;
  numeric: boolean;
}

const SYMBOL_START = /^([*†‡]{1,3})\s*(?=[\p{L}\p{N}"“‘'(])/u;
const BRACKET_START = /^(?:[•·]\s*)?\[(\d{1,3})\]\s*(?=\S)/u;
const NUMBER_START = /^(\d{1,3})\s+(?=[\p{Lu}"“‘'(\[])/u;

/** The label if the line starts like the text of a footnote: "* Text", "[3] Text", "3 Text". */
export function footnoteLineStart(line: string): FootnoteStart | null {
  if (!/^[*†‡[•·\d]/.test(line)) return null;
  const symbol = SYMBOL_START.exec(line);
  if (symbol) return { label: symbol[1] ?? "", numeric: false };
  const bracket = BRACKET_START.exec(line);
  if (bracket) return { label: bracket[1] ?? "", numeric: false };
  const number = NUMBER_START.exec(line);
  if (number) return { label: number[1] ?? "", numeric: true };
  return null;
}

/**
 * Offsets of the glued marks in the whole original, by label, so that a line "3 Elizabeth Pond,
 * ..." is only read as footnote 3 when a mark 3 appeared shortly before it.
 */
export function markPositionsByLabel(original: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const mark of findFootnoteMarks(original)) {
    const list = positions.get(mark.label);
    if (list) list.push(mark.start);
    else positions.set(mark.label, [mark.start]);
  }
  return positions;
}

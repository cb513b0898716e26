/**
 * Rebuild the lines of a PDF page from pdf.js text items, and lay the pages out the way a PDF text
 * extractor (pdftotext) does, because that is the input lib/text's normalisation was built for:
 *
 * - one output line per printed line, in the order the PDF draws them (which keeps columns apart);
 * - a blank line where the page leaves vertical space or indents a paragraph's first line, so
 *   paragraphs, headings, footnote blocks, page numbers and running headers stand apart;
 * - each page after the first starts with a form feed, which lib/text reads as leading whitespace,
 *   its sign for "top of a page".
 *
 * Pure: the items come from pdf.js in lib/formats/pdf.ts; tests feed them directly.
 */

import type { StructuralHeading } from "./types";

export interface PdfTextItem {
  str: string;
  /** Left end of the baseline, in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  hasEOL: boolean;
}

interface PdfLine {
  text: string;
  x: number;
  y: number;
  endX: number;
  fontSize: number;
}

// Baselines closer than this share a line: superscript note marks sit about a third of the font
// size above the baseline and must stay glued to their word.
const SAME_LINE = 0.55;
// A horizontal gap wider than this (in font sizes) between two items is a space between words.
const WORD_GAP = 0.18;
// A line spacing this much larger than the page's usual one is a paragraph gap.
const PARAGRAPH_GAP = 1.45;
// A first-line indent lies between these distances from the left margin, in font sizes; more is
// another column or a centred line.
const INDENT_MIN = 0.8;
const INDENT_MAX = 8;
const FORM_FEED = "\f";

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Group a page's items into lines, in drawing order. */
export function buildLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  let breakPending = false;
  for (const item of items) {
    const size: number = item.fontSize > 0 ? item.fontSize : (current?.fontSize ?? 10);
    if (item.str.length > 0) {
      const startsNewLine =
        current === null || breakPending || Math.abs(item.y - current.y) > SAME_LINE * Math.max(size, current.fontSize);
      if (startsNewLine || current === null) {
        current = { text: item.str, x: item.x, y: item.y, endX: item.x + item.width, fontSize: size };
        lines.push(current);
      } else {
        const gap = item.x - current.endX;
        const spaced = /\s$/.test(current.text) || /^\s/.test(item.str);
        if (!spaced && gap > WORD_GAP * Math.min(size, current.fontSize)) current.text += " ";
        current.text += item.str;
        current.endX = Math.max(current.endX, item.x + item.width);
        // The line's size and baseline are its body text's, not those of a smaller raised note
        // mark, even when the mark comes first (a footnote opening with its number).
        if (size > 1.15 * current.fontSize) {
          current.fontSize = size;
          current.y = item.y;
        } else if (Math.abs(item.y - current.y) < 0.1 * size) {
          current.fontSize = Math.max(current.fontSize, size);
        }
      }
      breakPending = false;
    }
    if (item.hasEOL) breakPending = true;
  }
  return lines.filter((line) => line.text.trim().length > 0);
}

/** The x where most lines of the page start: the left margin of its main column. */
function leftMargin(lines: readonly PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const key = Math.round(line.x);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = lines[0]?.x ?? 0;
  let bestCount = 0;
  for (const [x, count] of counts) {
    if (count > bestCount || (count === bestCount && x < best)) {
      best = x;
      bestCount = count;
    }
  }
  return best;
}

/**
 * For each line after the first, whether a blank line goes before it: a vertical gap clearly
 * larger than the page's usual line spacing, a change of type size (body text to a heading or to
 * footnotes), or a first-line indent.
 */
function paragraphBreaks(lines: readonly PdfLine[]): boolean[] {
  // The usual spacing between lines of the same size: headings and notes would skew it.
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i - 1]!.y - lines[i]!.y;
    const sameSize = Math.abs(lines[i - 1]!.fontSize - lines[i]!.fontSize) <= 0.05 * lines[i]!.fontSize;
    if (sameSize && step > 0 && step < 3 * lines[i]!.fontSize) steps.push(step);
  }
  const pitch = median(steps);
  const margin = leftMargin(lines);
  return lines.map((line, i) => {
    if (i === 0) return false;
    const previous = lines[i - 1]!;
    const step = previous.y - line.y;
    // Moving up the page means a new column: the text goes on.
    if (step <= 0) return false;
    if (pitch > 0 && step > PARAGRAPH_GAP * pitch) return true;
    // A change of type size (body to heading, body to footnotes) ends a block.
    if (Math.abs(line.fontSize - previous.fontSize) > 0.15 * Math.min(line.fontSize, previous.fontSize)) return true;
    const indent = line.x - margin;
    const indentedMore = Math.abs(line.x - previous.x) > 0.5 * line.fontSize;
    return indentedMore && indent >= INDENT_MIN * line.fontSize && indent <= INDENT_MAX * line.fontSize;
  });
}

/** A run of lines between blank lines, with the size of its smallest text, for finding headings. */
export interface PdfBlock {
  text: string;
  fontSize: number;
  lineCount: number;
}

/** A page laid out as lines; "" is a blank line (a paragraph break). */
export interface PageLines {
  lines: string[];
  blocks?: PdfBlock[];
}

/** Lay out one page's lines, with blank lines at paragraph breaks. */
export function pageLines(items: readonly PdfTextItem[]): PageLines {
  const lines = buildLines(items);
  const breaks = paragraphBreaks(lines);
  const out: string[] = [];
  const blocks: PdfBlock[] = [];
  lines.forEach((line, i) => {
    const text = line.text.replace(/\s+$/u, "");
    if (breaks[i]) out.push("");
    const block = blocks.at(-1);
    if (i === 0 || breaks[i] || !block) {
      blocks.push({ text: text.trim(), fontSize: line.fontSize, lineCount: 1 });
    } else {
      block.text += ` ${text.trim()}`;
      block.fontSize = Math.min(block.fontSize, line.fontSize);
      block.lineCount += 1;
    }
    out.push(text);
  });
  return { lines: out, blocks };
}

// Text this much larger than the body text, standing on its own, is a heading.
const HEADING_SCALE = 1.15;
const MAX_HEADING_CHARS = 150;
const MAX_HEADING_LINES = 3;
const MAX_HEADING_LEVELS = 3;

const sizeKey = (size: number) => Math.round(size * 2) / 2;

/**
 * Headings told apart by type size, which lib/text cannot see: a short block set in larger type
 * than the body text. Levels follow the sizes, largest first. A PDF that sets its headings in the
 * body size yields none, and lib/text's judgement by shape applies alone.
 */
export function headingsBySize(pages: readonly PageLines[]): StructuralHeading[] {
  const blocks = pages.flatMap((page) => page.blocks ?? []);
  const characters = new Map<number, number>();
  for (const block of blocks) characters.set(sizeKey(block.fontSize), (characters.get(sizeKey(block.fontSize)) ?? 0) + block.text.length);
  let body = 0;
  let most = -1;
  for (const [size, count] of characters) {
    if (count > most) {
      body = size;
      most = count;
    }
  }
  const candidates = blocks.filter(
    (block) =>
      block.fontSize >= HEADING_SCALE * body &&
      block.lineCount <= MAX_HEADING_LINES &&
      block.text.length <= MAX_HEADING_CHARS &&
      (block.text.match(/\p{L}/gu)?.length ?? 0) >= 3 &&
      // A large-type sentence is a pull quote or a title page blurb, not a heading.
      !(/[.,;]$/u.test(block.text) && block.text.split(/\s+/u).length > 8),
  );
  const sizes = [...new Set(candidates.map((block) => sizeKey(block.fontSize)))].sort((a, b) => b - a);
  return candidates.map((block) => ({ text: block.text, level: Math.min(sizes.indexOf(sizeKey(block.fontSize)) + 1, MAX_HEADING_LEVELS) }));
}

// A line standing alone at the top (or foot) of this many pages, with the same words, is a running
// header (or footer). Two could be chance: a section title that happens to open two pages.
const RUNNING_REPEATS = 3;

function runningKey(line: string): string {
  return line.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * Drop running headers and footers: a line set apart by space at the top or foot of at least three
 * pages with the same words (page numbers inside it may differ). The first page is left alone: it
 * opens with the title, which a running header often repeats. Lines that repeat less often are
 * left to lib/text, which judges headers by how they interrupt the text. Returns how many went.
 */
export function dropRunningLines(pages: PageLines[]): number {
  const ends = (page: PageLines) => {
    const { lines } = page;
    return {
      top: lines.length > 2 && lines[1] === "" ? runningKey(lines[0]!) : null,
      foot: lines.length > 2 && lines[lines.length - 2] === "" ? runningKey(lines[lines.length - 1]!) : null,
    };
  };
  const counts = new Map<string, number>();
  const bump = (key: string | null, where: string) => {
    if (key && /\p{L}/u.test(key)) counts.set(`${where}:${key}`, (counts.get(`${where}:${key}`) ?? 0) + 1);
  };
  for (const page of pages.slice(1)) {
    const { top, foot } = ends(page);
    bump(top, "top");
    bump(foot, "foot");
  }
  let dropped = 0;
  for (const page of pages.slice(1)) {
    const { top, foot } = ends(page);
    if (foot && (counts.get(`foot:${foot}`) ?? 0) >= RUNNING_REPEATS) {
      page.lines.splice(page.lines.length - 2, 2);
      dropped += 1;
    }
    if (top && (counts.get(`top:${top}`) ?? 0) >= RUNNING_REPEATS) {
      page.lines.splice(0, 2);
      dropped += 1;
    }
  }
  return dropped;
}

/**
 * Join pages: a form feed opens every page after the first. When a page's first line stands on
 * its own (a running header or page number left in), a blank line before it lets lib/text see it
 * alone.
 */
export function joinPages(pages: readonly PageLines[]): string {
  let text = "";
  for (const { lines } of pages) {
    if (lines.length === 0) continue;
    if (text.length > 0) text += lines[1] === "" ? `\n\n${FORM_FEED}` : `\n${FORM_FEED}`;
    text += lines.join("\n");
  }
  return text.length > 0 ? `${text}\n` : "";
}

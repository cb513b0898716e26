import { footnoteLineStart, markPositionsByLabel, type FootnoteStart } from "./footnotes";
import { isHeadingLike, MAX_HEADING_LENGTH } from "./headings";
import type { Layout } from "./layout";
import { endsSentence, endsWithConnector, firstWordLength, isListItem, startsLikeParagraph, startsLowercase } from "./line-shape";
import type { SourceLine } from "./lines";
import { findPageNumbers, findRunningHeaders, type LineRole } from "./page-artefacts";
import type { ParagraphKind } from "./types";

/**
 * Grouping lines into paragraphs. The result only says which lines belong together and what each
 * group is; joining the lines into text is left to the pipeline.
 */

/** Lines (indices into the line list, in order) that make one paragraph. */
export interface Block {
  kind: ParagraphKind;
  lines: number[];
}

/** The paragraph blocks of a document and what was dropped on the way. */
export interface Segmentation {
  blocks: Block[];
  pageNumbersDropped: number;
  headersDropped: number;
}

// A numbered footnote's text follows its mark within a page or two.
const FOOTNOTE_REACH = 15000;
const MAX_HEADING_LINES = 3;

/** Split the document's lines into paragraph blocks according to its layout. */
export function segmentLines(original: string, lines: readonly SourceLine[], layout: Layout): Segmentation {
  return layout.wrapped ? segmentWrapped(original, lines, layout) : segmentPerLine(lines, layout);
}

/**
 * Web text: every line is a paragraph. A line is a heading when it has a heading's shape and,
 * if the document separates paragraphs with blank lines, blank lines on both sides; this keeps
 * the lines of a quoted poem or an attribution from being taken for headings.
 */
function segmentPerLine(lines: readonly SourceLine[], layout: Layout): Segmentation {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.blank) continue;
    const note = footnoteLineStart(line.text);
    let kind: ParagraphKind = "paragraph";
    if (note && !note.numeric) kind = "footnote";
    else if (!isListItem(line.text) && isHeadingLike(line.text) && (!layout.blankSeparated || standsAlone(lines, i))) kind = "heading";
    blocks.push({ kind, lines: [i] });
  }
  return { blocks, pageNumbersDropped: 0, headersDropped: 0 };
}

function standsAlone(lines: readonly SourceLine[], i: number): boolean {
  const before = lines[i - 1];
  const after = lines[i + 1];
  return (!before || before.blank) && (!after || after.blank);
}

/** Hard-wrapped text: find the artefacts and footnotes first, then join the remaining lines. */
function segmentWrapped(original: string, lines: readonly SourceLine[], layout: Layout): Segmentation {
  const roles: LineRole[] = lines.map((line) => (line.blank ? "blank" : "body"));
  const pageNumbers = findPageNumbers(lines);
  for (const i of pageNumbers) roles[i] = "page-number";
  const footnoteStarts = markFootnotes(original, lines, roles);
  const headers = findRunningHeaders(lines, roles, layout);
  for (const i of headers) roles[i] = "header";
  const headings = layout.blankSeparated ? null : findHeadingLines(lines, roles, layout);

  const blocks: Block[] = [];
  let current: Block | null = null;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const role = roles[i];
    if (role === "footnote") {
      if (footnoteStarts.has(i) || current?.kind !== "footnote") {
        current = { kind: "footnote", lines: [i] };
        blocks.push(current);
      } else {
        current.lines.push(i);
      }
      continue;
    }
    if (role !== "body") continue;
    if (!current || current.kind === "footnote" || breaksBefore(lines, roles, layout, headings, last, i)) {
      current = { kind: "paragraph", lines: [i] };
      blocks.push(current);
    } else {
      current.lines.push(i);
    }
    last = i;
  }

  for (const block of blocks) {
    if (block.kind === "footnote") continue;
    if (headings ? block.lines.every((i) => headings.lines.has(i)) : isHeadingBlock(lines, block)) block.kind = "heading";
  }
  return { blocks, pageNumbersDropped: pageNumbers.size, headersDropped: headers.size };
}

/**
 * Mark footnote text lines. A note starts with "*", "†", "[n]" or a number; a number only counts
 * at the start of a block and when the same number appeared as a glued mark shortly before, or
 * it follows the previous note's number. The note runs on until a blank line, the top of a new
 * page (an indented line) or the next note. Returns the first line of each note with its label.
 */
function markFootnotes(original: string, lines: readonly SourceLine[], roles: LineRole[]): Map<number, string> {
  const marks = markPositionsByLabel(original);
  const starts = new Map<number, string>();
  let lastNumber = Number.NaN;
  let lastNoteEnd = -Infinity;

  const accept = (i: number, start: FootnoteStart): boolean => {
    if (!start.numeric) return true;
    const line = lines[i];
    if (!line) return false;
    const previousRole = roles[i - 1];
    const atBlockStart = i === 0 || previousRole === "blank" || previousRole === "page-number" || previousRole === "footnote" || line.indented;
    const label = Number(start.label);
    // Notes are numbered in order, so the next number is trusted even when its mark was garbled,
    // and even straight after a line that finished the previous note.
    const inSequence = label === lastNumber + 1 && line.start - lastNoteEnd <= FOOTNOTE_REACH;
    if (inSequence && (atBlockStart || endsSentence(lines[i - 1]?.text ?? ""))) return true;
    if (!atBlockStart) return false;
    const positions = marks.get(start.label) ?? [];
    return positions.some((p) => p < line.start && line.start - p <= FOOTNOTE_REACH);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || roles[i] !== "body") continue;
    const start = footnoteLineStart(line.text);
    if (!start || !accept(i, start)) continue;
    roles[i] = "footnote";
    starts.set(i, start.label);
    if (start.numeric) lastNumber = Number(start.label);
    let j = i + 1;
    for (;;) {
      while (j < lines.length && roles[j] === "body" && !lines[j]?.indented) {
        const next = footnoteLineStart(lines[j]?.text ?? "");
        if (next && accept(j, next)) break;
        roles[j] = "footnote";
        j++;
      }
      // A stray blank line inside a note: the note's sentence goes on in lower case after it.
      const after = lines[j + 1];
      const continues =
        roles[j] === "blank" &&
        after !== undefined &&
        roles[j + 1] === "body" &&
        !after.indented &&
        (startsLowercase(after.text) || /^\d/u.test(after.text)) &&
        !endsSentence(lines[j - 1]?.text ?? ".");
      if (!continues) break;
      j += 1;
    }
    lastNoteEnd = lines[j - 1]?.end ?? line.end;
    i = j - 1;
  }
  return starts;
}

interface HeadingLines {
  /** Every line that belongs to a heading. */
  lines: Set<number>;
  /** Lines that continue the heading on the line before ("... under Capitalism and" / "Democracy ..."). */
  continuations: Set<number>;
}

/**
 * Headings in text where blank lines do not separate paragraphs: a line with a heading's shape,
 * clearly shorter than a full line, after a finished sentence and before a paragraph opening.
 */
function findHeadingLines(lines: readonly SourceLine[], roles: readonly LineRole[], layout: Layout): HeadingLines {
  const headingLines = new Set<number>();
  const continuations = new Set<number>();
  const body: number[] = [];
  for (let i = 0; i < lines.length; i++) if (roles[i] === "body") body.push(i);

  let run = 0;
  for (let k = 0; k < body.length; k++) {
    const i = body[k] ?? 0;
    const text = lines[i]?.text ?? "";
    const previous = k > 0 ? (body[k - 1] ?? -1) : -1;
    const noteBetween = previous >= 0 && roles.slice(previous + 1, i).includes("footnote");
    const short = text.length <= 0.8 * layout.width;
    if (!short || !isHeadingLike(text)) {
      run = 0;
      continue;
    }
    const previousText = lines[previous]?.text ?? "";
    if (headingLines.has(previous) && !noteBetween && run < MAX_HEADING_LINES && endsWithConnector(previousText)) {
      headingLines.add(i);
      continuations.add(i);
      run += 1;
      continue;
    }
    const nextText = lines[body[k + 1] ?? -1]?.text;
    const afterEnd = previous < 0 || noteBetween || endsSentence(previousText) || headingLines.has(previous);
    const beforeStart = nextText === undefined || startsLikeParagraph(nextText);
    if (afterEnd && beforeStart) {
      headingLines.add(i);
      run = 1;
    } else {
      run = 0;
    }
  }
  return { lines: headingLines, continuations };
}

/** Does a paragraph start at body line `i`, given that body line `previous` came before it? */
function breaksBefore(
  lines: readonly SourceLine[],
  roles: readonly LineRole[],
  layout: Layout,
  headings: HeadingLines | null,
  previous: number,
  i: number,
): boolean {
  const before = lines[previous];
  const line = lines[i];
  if (!before || !line) return true;
  if (isListItem(line.text)) return true;
  if (layout.indentedParagraphs && line.indented) return true;

  if (headings) {
    if (headings.lines.has(i)) return !headings.continuations.has(i);
    if (headings.lines.has(previous)) return true;
    // Without blank lines, a paragraph ends where a sentence ends on a line that had room for the
    // next word: the extractor would otherwise have filled the line.
    return (
      endsSentence(before.text) &&
      startsLikeParagraph(line.text) &&
      before.text.length + 1 + firstWordLength(line.text) <= layout.width
    );
  }

  let gap = false;
  let artefact = false;
  for (let k = previous + 1; k < i; k++) {
    if (roles[k] !== "footnote") gap = true;
    if (roles[k] === "page-number" || roles[k] === "header") artefact = true;
  }
  if (gap) {
    // A blank line (or a dropped page number or header) inside a sentence is a page break, not a
    // paragraph break: "... a system that" / [10] / "favors the children ...". Across a dropped
    // page artefact, a lower-case start is enough to show the paragraph goes on.
    const ended = endsSentence(before.text);
    const soft = startsLowercase(line.text) ? artefact || !ended : !ended && endsWithConnector(before.text);
    return !soft;
  }
  // A heading at the top of a page follows the previous page's last line without a blank line.
  const after = lines[i + 1];
  return (!after || after.blank) && endsSentence(before.text) && isHeadingLike(line.text);
}

/** A short group of lines, none ending a sentence, that together read as a heading. */
function isHeadingBlock(lines: readonly SourceLine[], block: Block): boolean {
  if (block.lines.length > MAX_HEADING_LINES) return false;
  const texts = block.lines.map((i) => lines[i]?.text ?? "");
  const joined = texts.join(" ");
  if (joined.length > MAX_HEADING_LENGTH) return false;
  return texts.every((text) => !/[.;,]$/u.test(text)) && isHeadingLike(joined);
}

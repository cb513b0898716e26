import { decideLineJoin, splitsWordsWithoutHyphen, type LineJoin } from "./dehyphenate";
import { separateFootnoteMarks } from "./footnotes";
import { detectLayout } from "./layout";
import { appendLineText, splitLines, type SourceLine } from "./lines";
import { MappedTextBuilder, tidySpaces, type MappedText } from "./mapped-text";
import { buildOffsetMap } from "./offset-map";
import { segmentLines, type Block } from "./paragraphs";
import type { FootnoteRef, NormalizationReport, NormalizedText, Paragraph } from "./types";
import { buildVocabulary, type Vocabulary } from "./vocabulary";

const PARAGRAPH_SEPARATOR = "\n\n";

export interface NormalizeOptions {
  /**
   * The caller laid the text out from a PDF's geometry: every line is a printed line and every
   * blank line is space left on the page (see detectLayout). Left out, the layout is read from
   * the text's own statistics, as for any extracted .txt.
   */
  printedLines?: boolean;
}

/**
 * Turn text extracted from a PDF or a web page into clean paragraphs.
 *
 * The layout (hard-wrapped, double-spaced, one paragraph per line) is read from the document
 * itself. Page numbers and running headers are dropped, words split at line ends are rejoined
 * where the document's own vocabulary says so, footnote marks are taken out of the running text
 * and recorded, and paragraphs are joined with exactly "\n\n". Every character copied from the
 * original can be traced back through `offsets`.
 */
export function normalizeText(original: string, options: NormalizeOptions = {}): NormalizedText {
  const lines = splitLines(original);
  const layout = detectLayout(lines, options.printedLines);
  const { blocks, pageNumbersDropped, headersDropped } = segmentLines(original, lines, layout);
  const report: NormalizationReport = {
    linesJoined: 0,
    wordsRejoined: 0,
    hyphenatedKept: 0,
    footnoteMarksSeparated: 0,
    headersDropped,
    pageNumbersDropped,
    blankLinesCollapsed: 0,
  };

  const lineText = (i: number): string => lines[i]?.text ?? "";
  let vocabulary: Vocabulary | null = null;
  let splitsWithoutHyphen = false;
  if (layout.wrapped) {
    vocabulary = buildVocabulary(lines.map((line) => line.text));
    const joins: [string, string][] = [];
    for (const block of blocks) {
      for (let k = 1; k < block.lines.length; k++) joins.push([lineText(block.lines[k - 1] ?? 0), lineText(block.lines[k] ?? 0)]);
    }
    splitsWithoutHyphen = splitsWordsWithoutHyphen(joins, vocabulary);
  }

  const output = new MappedTextBuilder();
  const paragraphs: Paragraph[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  let previousBlock: Block | null = null;
  let breaksOnBlankLines = 0;
  for (const block of blocks) {
    const rendered = renderBlock(original, lines, block, vocabulary, splitsWithoutHyphen, report);
    const separated = separateFootnoteMarks(rendered, block.kind !== "footnote");
    // Removing marks can leave a space at an edge; odd input (a line of invisible characters
    // between two others) can leave two spaces. Neither may reach the output.
    const { text, moveOffset } = tidySpaces(separated.text);
    if (text.text.length === 0) continue;

    if (output.length > 0) output.insert(PARAGRAPH_SEPARATOR, output.lastOriginalEnd());
    if (previousBlock && hasBlankBetween(lines, previousBlock, block)) breaksOnBlankLines += 1;
    const start = output.length;
    output.append(text);
    paragraphs.push({ start, end: output.length, kind: block.kind });
    for (const mark of separated.marks) {
      footnoteRefs.push({ ...mark, at: start + moveOffset(mark.at) });
    }
    previousBlock = block;
  }
  report.footnoteMarksSeparated = footnoteRefs.length;
  report.blankLinesCollapsed = lines.filter((line) => line.blank).length - breaksOnBlankLines;
  // A final newline is a line terminator, not a blank line.
  if (original.endsWith("\n") || original.endsWith("\r")) report.blankLinesCollapsed = Math.max(0, report.blankLinesCollapsed - 1);

  const mapped = output.build();
  return {
    text: mapped.text,
    paragraphs,
    footnoteRefs,
    offsets: buildOffsetMap(mapped, original.length),
    report,
  };
}

/** Join a block's lines: collapsed whitespace inside lines, the right glue between them. */
function renderBlock(
  original: string,
  lines: readonly SourceLine[],
  block: Block,
  vocabulary: Vocabulary | null,
  splitsWithoutHyphen: boolean,
  report: NormalizationReport,
): MappedText {
  const builder = new MappedTextBuilder();
  let previous: SourceLine | undefined;
  for (const index of block.lines) {
    const line = lines[index];
    if (!line) continue;
    if (previous) {
      const join: LineJoin = vocabulary ? decideLineJoin(previous.text, line.text, vocabulary, splitsWithoutHyphen) : "space";
      applyJoin(builder, join, previous.textEnd);
      report.linesJoined += 1;
      if (join === "rejoin" || join === "drop-hyphen" || join === "insert-hyphen") report.wordsRejoined += 1;
      if (join === "keep-hyphen" || join === "keep-hyphen-space") report.hyphenatedKept += 1;
    }
    appendLineText(builder, original, line);
    previous = line;
  }
  return builder.build();
}

/** `lineEnd` is the original offset just after the previous line's text: where the break starts. */
function applyJoin(builder: MappedTextBuilder, join: LineJoin, lineEnd: number): void {
  switch (join) {
    case "space":
    case "keep-hyphen-space":
      builder.insert(" ", lineEnd);
      return;
    case "drop-hyphen":
      if (builder.lastChar() === "-") builder.popChar();
      return;
    case "insert-hyphen":
      builder.insert("-", lineEnd);
      return;
    case "rejoin":
    case "keep-hyphen":
    case "dash":
      return;
  }
}

function hasBlankBetween(lines: readonly SourceLine[], before: Block, after: Block): boolean {
  const from = before.lines[before.lines.length - 1] ?? 0;
  const to = after.lines[0] ?? 0;
  for (let i = from + 1; i < to; i++) if (lines[i]?.blank) return true;
  return false;
}

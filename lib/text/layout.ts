import type { SourceLine } from "./lines";

/**
 * How the extractor laid the document out, judged from the document's own statistics (never from
 * its name or origin), because the same tool gets PDF text and web text.
 */
export interface Layout {
  /** Hard-wrapped at a fixed width (PDF); otherwise one paragraph per line (web). */
  wrapped: boolean;
  /** A blank line after every line, so blank lines say nothing about paragraphs. */
  doubleSpaced: boolean;
  /** Blank lines separate paragraphs (single-spaced wrapped text and most web text). */
  blankSeparated: boolean;
  /** Leading whitespace opens a paragraph rather than marking the top of a page. */
  indentedParagraphs: boolean;
  /** Typical full-line length of wrapped text, in characters. */
  width: number;
}

// Share of lines that reach near the right margin in wrapped text; web paragraphs vary far more.
const NEAR_FULL_SHARE = 0.5;
// A wrapped line is never this long; a web paragraph often is.
const LONG_LINE = 160;
const MAX_WRAP_WIDTH = 140;

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.floor(fraction * sorted.length));
  return sorted[index] ?? 0;
}

/**
 * Work out the layout from line lengths and the pattern of blank lines. `printedLines` is for a
 * caller that laid the lines out itself from a PDF's geometry (lib/formats/pdf-lines.ts): every
 * line is a printed line, so the text is hard-wrapped even when most lines are short (lists, code,
 * headings), and a blank line is space on the page, never double spacing, even when a short text
 * happens to have one after most of its lines.
 */
export function detectLayout(lines: readonly SourceLine[], printedLines = false): Layout {
  const filled = lines.filter((line) => !line.blank);
  const lengths = filled.map((line) => line.text.length).sort((a, b) => a - b);
  const width = percentile(lengths, 0.9);
  const nearFull = lengths.filter((length) => length >= 0.7 * width).length / Math.max(1, lengths.length);
  const long = lengths.filter((length) => length > LONG_LINE).length / Math.max(1, lengths.length);
  const wrapped = printedLines || (width > 0 && width <= MAX_WRAP_WIDTH && nearFull >= NEAR_FULL_SHARE && long < 0.05);

  // Double spacing shows as exactly one blank line between almost every pair of lines; paragraph
  // spacing as blank lines between some of them.
  let singleGaps = 0;
  let followedByBlank = 0;
  let pairs = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.blank) continue;
    let j = i + 1;
    while (j < lines.length && lines[j]?.blank) j++;
    if (j >= lines.length) continue;
    pairs += 1;
    if (j - i - 1 >= 1) followedByBlank += 1;
    if (j - i - 1 === 1) singleGaps += 1;
  }
  const blankShare = followedByBlank / Math.max(1, pairs);
  // Double spacing only makes sense for wrapped text: web text with a blank after every
  // paragraph-line is simply blank-separated.
  const doubleSpaced = !printedLines && wrapped && pairs >= 6 && singleGaps / pairs >= 0.6;
  const blankSeparated = !doubleSpaced && (wrapped ? blankShare > 0.02 : blankShare >= 0.3);
  const indentedShare = filled.filter((line) => line.indented).length / Math.max(1, filled.length);
  return { wrapped, doubleSpaced, blankSeparated, indentedParagraphs: wrapped && indentedShare >= 0.15, width };
}

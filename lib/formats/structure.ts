import type { Paragraph } from "../text";
import type { StructuralHeading } from "./types";

/**
 * Headings the file declared (Markdown, HTML, Word) override lib/text's guess from the shape of a
 * line: a declared heading is a heading whatever its wording ("Why the mass line matters" is not
 * title-cased), and a short title-cased paragraph the file did not mark as a heading is not one.
 */

/** A paragraph as stored with a revision: headings may carry their level (1 = top). */
export type SourceParagraph = Paragraph & { level?: number };

// Note marks lib/text takes out of a heading: "[3]", "*", "†", superscripts, and digits glued to
// the last word ("Introduction1").
const NOTE_MARKS = /\[\d{1,3}\]|[*†‡\u00B9\u00B2\u00B3\u2070-\u2079]+|(?<=\p{L}[.,;:"”’)]?)\d{1,3}$/gu;

/** Compare headings by their letters and digits only: normalisation may drop note marks and spaces. */
function headingKey(text: string): string {
  return text.trim().replace(NOTE_MARKS, "").normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

export interface StructuredParagraphs {
  paragraphs: SourceParagraph[];
  /** Declared headings that were found in the normalised text. */
  matched: number;
}

/**
 * Mark the paragraphs that are the declared headings, in order. A declared heading that cannot be
 * found (normalisation joined it to its neighbour) is skipped rather than matched further on.
 * With `keepGuesses`, paragraphs lib/text took for headings stay headings too.
 */
export function applyDeclaredHeadings(
  text: string,
  paragraphs: readonly Paragraph[],
  headings: readonly StructuralHeading[],
  options: { keepGuesses?: boolean } = {},
): StructuredParagraphs {
  const keys = paragraphs.map((p) => (p.kind === "footnote" ? null : headingKey(text.slice(p.start, p.end))));
  const levels = new Map<number, number>();
  let from = 0;
  for (const heading of headings) {
    const key = headingKey(heading.text);
    if (key.length === 0) continue;
    for (let i = from; i < keys.length; i++) {
      if (keys[i] === key) {
        levels.set(i, heading.level);
        from = i + 1;
        break;
      }
    }
  }
  const result = paragraphs.map((p, i): SourceParagraph => {
    const level = levels.get(i);
    if (level !== undefined) return { start: p.start, end: p.end, kind: "heading", level };
    return p.kind === "heading" && !options.keepGuesses ? { start: p.start, end: p.end, kind: "paragraph" } : { ...p };
  });
  return { paragraphs: result, matched: levels.size };
}

/**
 * Where an offset of the normalised text sits, as a citation would give it: "¶ 12" counts body
 * paragraphs only, so headings and footnotes never shift the numbering of the running text; a
 * footnote is numbered among the footnotes and a heading among the headings.
 */
import type { Paragraph, ParagraphKind } from "../text";

export interface ParagraphLocation {
  kind: ParagraphKind;
  /** 1-based, among the paragraphs of the same kind. */
  number: number;
}

/**
 * The paragraph holding `offset`, numbered among its kind. An offset in the gap between two
 * paragraphs (a quote starting on the blank line) belongs to the next one. Returns null outside the
 * text or when there are no paragraphs.
 */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): ParagraphLocation | null {
  const counts: Record<ParagraphKind, number> = { paragraph: 0, heading: 0, footnote: 0 };
  for (const paragraph of paragraphs) {
    counts[paragraph.kind] += 1;
    if (offset < paragraph.end) return offset >= 0 ? { kind: paragraph.kind, number: counts[paragraph.kind] } : null;
  }
  return null;
}

/** "¶ 12", "note 3", "heading 2", joined by a no-break space so the number never wraps alone. */
export function formatParagraphLocation(location: ParagraphLocation): string {
  const word = location.kind === "footnote" ? "note" : location.kind === "heading" ? "heading" : "¶";
  return `${word}\u00a0${location.number}`;
}

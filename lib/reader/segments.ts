/**
 * Split a paragraph of the normalised text into runs that share the same set of highlights, so
 * overlapping claims render as nested tints and every run knows its offset in the text (which is
 * how a browser selection is turned back into offsets).
 */
export interface Highlight {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  highlightIds: string[];
  /** Footnote labels whose mark stood at the end of this run. */
  footnotesAfter: string[];
}

export function segmentParagraph(
  paragraph: { start: number; end: number },
  highlights: readonly Highlight[],
  footnotes: readonly { at: number; label: string }[] = [],
): Segment[] {
  const { start, end } = paragraph;
  const cuts = new Set<number>([start, end]);
  const inside = highlights.filter((h) => h.start < end && h.end > start);
  for (const h of inside) {
    cuts.add(Math.max(start, h.start));
    cuts.add(Math.min(end, h.end));
  }
  const notes = footnotes.filter((f) => f.at > start && f.at <= end);
  for (const f of notes) cuts.add(f.at);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    segments.push({
      start: s,
      end: e,
      highlightIds: inside.filter((h) => h.start <= s && h.end >= e).map((h) => h.id),
      footnotesAfter: notes.filter((f) => f.at === e).map((f) => f.label),
    });
  }
  return segments;
}

/**
 * For each paragraph, the highlights that touch it and the footnote marks that stand in it
 * (`start < at <= end`), in one pass over the sorted lists rather than a scan per paragraph: a long
 * text has hundreds of paragraphs and notes.
 */
export function groupByParagraph<H extends Highlight, F extends { at: number }>(
  paragraphs: readonly { start: number; end: number }[],
  highlights: readonly H[],
  footnotes: readonly F[],
): { highlights: H[]; footnotes: F[] }[] {
  const groups = paragraphs.map(() => ({ highlights: [] as H[], footnotes: [] as F[] }));
  const firstEndingAfter = (offset: number, inclusive: boolean): number => {
    let low = 0;
    let high = paragraphs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const end = paragraphs[mid]!.end;
      if (inclusive ? end >= offset : end > offset) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  for (const h of highlights) {
    for (let i = firstEndingAfter(h.start, false); i < paragraphs.length && paragraphs[i]!.start < h.end; i++) groups[i]!.highlights.push(h);
  }
  for (const f of footnotes) {
    const i = firstEndingAfter(f.at, true);
    if (i < paragraphs.length && paragraphs[i]!.start < f.at) groups[i]!.footnotes.push(f);
  }
  return groups;
}

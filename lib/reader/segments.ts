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

/**
 * Cut a long text into sections the reader can render one at a time: a new section at every
 * heading (a chapter label and its title stay together), and at paragraph boundaries inside long
 * stretches without headings, so no section is much longer than `maxChars`.
 */
export interface SectionParagraph {
  start: number;
  end: number;
  kind: string;
}

export interface ReaderSection {
  /** Stable id for DOM anchors: the text offset where the section starts. */
  id: string;
  /** Paragraph indices [first, end). */
  first: number;
  end: number;
  characters: number;
}

export const DEFAULT_SECTION_CHARS = 12_000;

export function splitSections(paragraphs: readonly SectionParagraph[], maxChars = DEFAULT_SECTION_CHARS): ReaderSection[] {
  const sections: ReaderSection[] = [];
  let first = 0;
  let characters = 0;
  const close = (end: number) => {
    if (end > first) sections.push({ id: `s${paragraphs[first]!.start}`, first, end, characters });
    first = end;
    characters = 0;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const headingStarts = p.kind === "heading" && paragraphs[i - 1]?.kind !== "heading";
    if (i > first && (headingStarts || characters >= maxChars)) close(i);
    characters += p.end - p.start;
  }
  close(paragraphs.length);
  return sections;
}

/** Index of the section holding text offset `at`, or -1. */
export function sectionAt(sections: readonly ReaderSection[], paragraphs: readonly SectionParagraph[], at: number): number {
  let low = 0;
  let high = sections.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const section = sections[mid]!;
    const start = paragraphs[section.first]!.start;
    const end = paragraphs[section.end - 1]!.end;
    if (at < start) high = mid - 1;
    else if (at > end) low = mid + 1;
    else return mid;
  }
  // Between two sections (in a paragraph separator): the next one.
  return low < sections.length ? low : -1;
}

/** Rough rendered height of a section, for the placeholder that holds its place until it mounts. */
export function estimateSectionHeight(
  paragraphs: readonly SectionParagraph[],
  section: ReaderSection,
  metrics: { charsPerLine: number; lineHeight: number; paragraphGap: number },
): number {
  let height = 0;
  for (let i = section.first; i < section.end; i++) {
    const p = paragraphs[i]!;
    const lines = Math.max(1, Math.ceil((p.end - p.start) / metrics.charsPerLine));
    height += lines * metrics.lineHeight + metrics.paragraphGap * (p.kind === "heading" ? 2.2 : 1);
  }
  return Math.round(height);
}

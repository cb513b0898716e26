/**
 * The table of contents of a text: its headings with a level each. Files that declare headings
 * (Markdown, HTML, Word) bring their levels; for extracted text the levels are inferred: a
 * "CHAPTER ONE" line and the title under it make one top-level entry, and the headings inside a
 * chapter sit one level below.
 */
export interface OutlineParagraph {
  start: number;
  end: number;
  kind: string;
  level?: number;
}

export interface OutlineEntry {
  /** Index of the heading paragraph in the paragraph list. */
  paragraph: number;
  start: number;
  level: number;
  label: string;
}

const CHAPTER_LABEL = /^(?:chapter|part|book)\s+(?:\d{1,3}|[ivxlc]{1,7}|[a-z]+)[.:]?$/iu;

/** "CHAPTER ONE" reads better as "Chapter One" in a list of titles. */
function softenCapitals(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

export function buildOutline(text: string, paragraphs: readonly OutlineParagraph[]): OutlineEntry[] {
  const headings: number[] = [];
  paragraphs.forEach((p, i) => {
    if (p.kind === "heading") headings.push(i);
  });
  const label = (i: number) => text.slice(paragraphs[i]!.start, paragraphs[i]!.end).replace(/\s+/g, " ").trim();

  const declared = headings.filter((i) => paragraphs[i]!.level !== undefined);
  if (declared.length > 0) {
    const top = Math.min(...declared.map((i) => paragraphs[i]!.level!));
    return headings.map((i) => ({ paragraph: i, start: paragraphs[i]!.start, level: (paragraphs[i]!.level ?? top) - top + 1, label: label(i) }));
  }

  const isChapter = (i: number) => CHAPTER_LABEL.test(label(i));
  const hasChapters = headings.some(isChapter);
  const entries: OutlineEntry[] = [];
  let insideChapter = false;
  for (let k = 0; k < headings.length; k++) {
    const i = headings[k]!;
    if (isChapter(i)) {
      insideChapter = true;
      const next = headings[k + 1];
      // The chapter's title is the heading right after its label.
      if (next === i + 1 && !isChapter(next)) {
        entries.push({ paragraph: i, start: paragraphs[i]!.start, level: 1, label: `${softenCapitals(label(i))}: ${label(next)}` });
        k += 1;
      } else {
        entries.push({ paragraph: i, start: paragraphs[i]!.start, level: 1, label: softenCapitals(label(i)) });
      }
      continue;
    }
    entries.push({ paragraph: i, start: paragraphs[i]!.start, level: hasChapters && insideChapter ? 2 : 1, label: label(i) });
  }
  return entries;
}

/**
 * One citation style for the whole brief, author-date: "Post (2021), *Title*, ¶ 14" in the text and
 * "Post (2021). *Title*." in the bibliography. Undated sources read "n.d.", as in most author-date
 * styles, so a missing year is visible rather than silently dropped.
 */
import type { BibliographyEntry, BriefCitation } from "./types";

export interface CitableSource {
  id: string;
  author: string;
  year: number | null;
  title: string;
}

function authorDate(source: CitableSource): string {
  const author = source.author.trim() || "Anonymous";
  return `${author} (${source.year ?? "n.d."})`;
}

/** Asterisks in a title would end the italics early; a backslash keeps them literal in Markdown. */
function italic(title: string): string {
  const clean = title.trim().replace(/([*_\\])/g, "\\$1") || "Untitled";
  return `*${clean}*`;
}

export function citeSource(source: CitableSource, location: string | null): BriefCitation {
  const text = `${authorDate(source)}, ${italic(source.title)}${location ? `, ${location}` : ""}`;
  return { sourceId: source.id, author: source.author, year: source.year, title: source.title, location, text };
}

/** The sources cited, once each, ordered by author, then year (undated last), then title. */
export function bibliography(sources: Iterable<CitableSource>): BibliographyEntry[] {
  const unique = new Map<string, CitableSource>();
  for (const source of sources) unique.set(source.id, source);
  return [...unique.values()]
    .sort(
      (a, b) =>
        a.author.localeCompare(b.author) ||
        (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) ||
        a.title.localeCompare(b.title),
    )
    .map((s) => ({ sourceId: s.id, author: s.author, year: s.year, title: s.title, text: `${authorDate(s)}. ${italic(s.title)}.` }));
}

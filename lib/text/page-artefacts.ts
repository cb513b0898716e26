import { isHeadingLike } from "./headings";
import type { Layout } from "./layout";
import { endsSentence, isListItem, startsLowercase } from "./line-shape";
import type { SourceLine } from "./lines";

/**
 * Page numbers and running page headers left in the text by PDF extraction.
 *
 * A running header is recognised by what it does to the text around it, not only by repetition:
 * it sits on its own between blank lines and the sentence it interrupts carries on after it in
 * lower case ("... the social products of" / [13] / "Defining Issues" / "its developmental ...").
 * A chapter title that heads a real section is followed by a capitalised paragraph and stays.
 */

/** What a line is, as far as page-artefact detection needs to know. */
export type LineRole = "blank" | "body" | "footnote" | "page-number" | "header";

const PAGE_NUMBER = /^(?:\d{1,4}|[ivxlc]{1,7}|[-–—]\s*\d{1,4}\s*[-–—]|[Pp]age\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/u;

/** True for a line that is nothing but a page number ("12", "xii", "- 12 -", "Page 12 of 40"). */
export function isPageNumberText(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

/**
 * Indices of page-number lines: a bare number with a blank line before it, or with a blank line
 * or a new page after it where the text before it had finished its sentence. A number inside a
 * run of text lines ("a total of" / "162" / "hours") is left alone.
 */
export function findPageNumbers(lines: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.blank || !isPageNumberText(line.text)) continue;
    const previous = lines[i - 1];
    const next = lines[i + 1];
    const blankBefore = !previous || previous.blank;
    const breakAfter = !next || next.blank || next.indented;
    if (blankBefore || (breakAfter && endsSentence(previous?.text ?? "."))) found.add(i);
  }
  return found;
}

const MAX_HEADER_LENGTH = 60;
// A header repeated this often is judged as a group: if most copies interrupt the text, all go.
const REPEATED = 3;

function normaliseHeader(text: string): string {
  return text.replace(/^\d+\s+|\s+\d+$/gu, "").replace(/\s+/gu, " ").toLowerCase();
}

/** The nearest line in direction `step` whose role is "body", skipping everything else. */
function nearestBody(lines: readonly SourceLine[], roles: readonly LineRole[], from: number, step: 1 | -1): SourceLine | undefined {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    if (roles[i] === "body") return lines[i];
  }
  return undefined;
}

/** True when only blank lines separate line `i` from a page number. */
function besidePageNumber(roles: readonly LineRole[], i: number): boolean {
  for (const step of [-1, 1]) {
    let k = i + step;
    while (roles[k] === "blank") k += step;
    if (roles[k] === "page-number") return true;
  }
  return false;
}

/**
 * Headings of up to three lines standing on their own, to recognise a running header that
 * repeats the start of a chapter title.
 */
function earlierTitles(lines: readonly SourceLine[], roles: readonly LineRole[]): { repeats(text: string, before: number): boolean } {
  const titles: { index: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== "body" || (i > 0 && roles[i - 1] === "body" && !lines[i]?.indented)) continue;
    let end = i;
    while (end + 1 < lines.length && roles[end + 1] === "body" && !lines[end + 1]?.indented && end - i < 3) end++;
    if (end - i >= 3) continue;
    const text = lines
      .slice(i, end + 1)
      .map((line) => line.text)
      .join(" ");
    if (text.length <= 150 && isHeadingLike(text)) titles.push({ index: i, text: text.toLowerCase() });
  }
  return {
    repeats(text, before) {
      const short = text.toLowerCase();
      return titles.some((t) => t.index < before && t.text !== short && t.text.startsWith(short) && /^[\s:,]/u.test(t.text.slice(short.length)));
    },
  };
}

/** Indices of running-header lines among the lines whose role is still "body". */
export function findRunningHeaders(lines: readonly SourceLine[], roles: readonly LineRole[], layout: Layout): Set<number> {
  interface Candidate {
    index: number;
    key: string;
    headingLike: boolean;
    interrupting: boolean;
  }
  const candidates: Candidate[] = [];
  const titles = earlierTitles(lines, roles);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || roles[i] !== "body") continue;
    const { text } = line;
    if (text.length > MAX_HEADER_LENGTH || /[.,;!]$/u.test(text) || isListItem(text)) continue;
    if (layout.doubleSpaced && text.length > 0.6 * layout.width) continue;
    const before = roles[i - 1];
    const after = roles[i + 1];
    const aloneBefore = i === 0 || before === "blank" || before === "page-number" || before === "footnote" || line.indented;
    const aloneAfter = i === lines.length - 1 || after === "blank" || after === "page-number";
    if (!aloneBefore || !aloneAfter) continue;
    const next = nearestBody(lines, roles, i, 1);
    const previous = nearestBody(lines, roles, i, -1);
    let nearPageNumber = false;
    for (let k = Math.max(0, i - 4); k <= Math.min(lines.length - 1, i + 4); k++) {
      if (roles[k] === "page-number") nearPageNumber = true;
    }
    const cutSentence = previous !== undefined && !endsSentence(previous.text) && !isHeadingLike(previous.text);
    // Next to a page number, a short form of an earlier chapter title is the running header
    // even where the page happens to start a new paragraph.
    const repeatsTitle = besidePageNumber(roles, i) && titles.repeats(text, i);
    const interrupting = (next !== undefined && startsLowercase(next.text)) || (nearPageNumber && cutSentence) || repeatsTitle;
    candidates.push({ index: i, key: normaliseHeader(text), headingLike: isHeadingLike(text), interrupting });
  }

  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const group = groups.get(candidate.key);
    if (group) group.push(candidate);
    else groups.set(candidate.key, [candidate]);
  }

  const headers = new Set<number>();
  for (const group of groups.values()) {
    const interrupting = group.filter((c) => c.interrupting).length;
    if (group.length >= REPEATED && interrupting * 2 >= group.length) {
      // The first copy may be the real heading the running header repeats.
      group.forEach((c, k) => {
        if (k > 0 || c.interrupting) headers.add(c.index);
      });
      continue;
    }
    for (const c of group) if (c.headingLike && c.interrupting) headers.add(c.index);
  }
  return headers;
}

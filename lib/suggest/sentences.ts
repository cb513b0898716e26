/**
 * Sentence boundaries in normalised text. A full stop ends a sentence only when what follows looks
 * like the start of one (a capital, a digit or an opening quote after whitespace) and what precedes
 * it is not an abbreviation or an initial, so "Mr. Liu", "J. V. Stalin", "e.g. the mass line" and
 * "pp. 12–14" stay inside their sentence. Closing quotes, brackets and note marks ("[3]", "12") that
 * follow the stop belong to the sentence they close.
 */

export interface TextSpan {
  start: number;
  end: number;
}

export interface Sentence extends TextSpan {
  /** Index of the paragraph in the list given. */
  paragraph: number;
  /** Position within its paragraph (0 = first) and how many the paragraph has. */
  indexInParagraph: number;
  paragraphSentences: number;
}

// Lower-cased, without the final stop. Titles, Latin, citations and common shortenings.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rev", "hon", "gov", "pres",
  "e.g", "i.e", "cf", "viz", "etc", "al", "ibid", "op", "cit", "loc", "ca", "c", "vs", "v",
  "p", "pp", "vol", "vols", "no", "nos", "ch", "chap", "sec", "fig", "ed", "eds", "trans", "repr", "n", "nn",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.k", "u.s.s.r", "p.r.c", "inc", "co", "ltd", "dept", "univ", "approx", "esp", "incl",
]);

const CLOSERS = `"'”’»)]}`;
const OPENERS = `"'“‘«([`;

function isAbbreviation(text: string, stopAt: number, paragraphStart: number): boolean {
  let from = stopAt;
  while (from > paragraphStart && /[\p{L}.]/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, stopAt);
  if (word.length === 0) return false;
  // An initial: one capital letter ("J." in "J. V. Stalin").
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted shortenings: "e.g", "U.S".
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Where the sentence that a stop at `stopAt` ends really ends: after closers and note marks. */
function extendOverClosers(text: string, stopAt: number, limit: number): number {
  let end = stopAt + 1;
  for (;;) {
    while (end < limit && (text[end] === "." || text[end] === "!" || text[end] === "?" || CLOSERS.includes(text[end]!))) end++;
    const note = /^(?:\[\d{1,3}\]|\d{1,3}(?=\s))/.exec(text.slice(end, Math.min(limit, end + 6)));
    if (!note) return end;
    end += note[0].length;
  }
}

function startsSentence(text: string, at: number, limit: number): boolean {
  let i = at;
  while (i < limit && OPENERS.includes(text[i]!)) i++;
  if (i >= limit) return false;
  return /[\p{Lu}\p{N}]/u.test(text[i]!);
}

/** Split one paragraph [start, end) into sentence spans, trimmed of surrounding whitespace. */
export function splitParagraph(text: string, start: number, end: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    if (ch === "." && isAbbreviation(text, i, start)) continue;
    // Decimal numbers and section numbers ("3.5", "1.2."); a number glued after a word's stop is a note mark.
    if (ch === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    const close = extendOverClosers(text, i, end);
    if (close >= end) break;
    if (!/\s/.test(text[close]!)) {
      i = close - 1;
      continue;
    }
    let next = close;
    while (next < end && /\s/.test(text[next]!)) next++;
    if (!startsSentence(text, next, end)) {
      i = close - 1;
      continue;
    }
    spans.push({ start: sentenceStart, end: close });
    sentenceStart = next;
    i = next - 1;
  }
  if (sentenceStart < end) spans.push({ start: sentenceStart, end });
  return spans
    .map((s) => trim(text, s))
    .filter((s) => s.end > s.start);
}

function trim(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Every sentence of the running text: headings and footnotes are not sentences a claim is made of. */
export function splitSentences(text: string, paragraphs: readonly { start: number; end: number; kind: string }[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    if (p.kind !== "paragraph") return;
    const spans = splitParagraph(text, p.start, p.end);
    spans.forEach((span, i) => sentences.push({ ...span, paragraph: index, indexInParagraph: i, paragraphSentences: spans.length }));
  });
  return sentences;
}

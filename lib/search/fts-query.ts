/**
 * Turning what a person types into a safe full-text query, and a highlighted snippet back into
 * pieces a UI can render. Pure; the SQL lives in lib/server/services/search.
 *
 * FTS5's query language treats `"`, `*`, `^`, `:`, `(`, `)`, `-`, `+`, AND/OR/NOT/NEAR as syntax, so
 * raw input like `state (and` or `"class` would be an error. Every term is therefore passed as a
 * quoted string, which FTS5 reads as plain words: the query can never be malformed.
 */

/** Terms beyond this are ignored: a pasted paragraph is not a query, and each term costs a lookup. */
export const MAX_QUERY_TERMS = 12;
/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;

export interface ParsedQuery {
  /** The FTS5 MATCH expression, or null when the input holds no searchable word. */
  match: string | null;
  /** The words searched for, for messages ("No results for …"). */
  terms: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Words (letters and digits; apostrophes inside words kept) are ANDed. Text in double quotes is a
 * phrase. The last word, when the input does not end in a space or a quote, also matches as a
 * prefix, so results appear while typing ("revolu" finds "revolution").
 */
export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH);
  const parts: { words: string[]; phrase: boolean }[] = [];
  // Split on double quotes: odd pieces were inside quotes. An unclosed quote simply runs to the end.
  text.split('"').forEach((piece, i) => {
    const words = piece.match(WORD) ?? [];
    if (words.length === 0) return;
    if (i % 2 === 1) parts.push({ words, phrase: true });
    else for (const word of words) parts.push({ words: [word], phrase: false });
  });
  const kept = parts.slice(0, MAX_QUERY_TERMS);
  if (kept.length === 0) return { match: null, terms: [] };
  const prefixLast = /[\p{L}\p{N}]$/u.test(text) && !kept.at(-1)!.phrase;
  const clauses = kept.map((part, i) => {
    const quoted = `"${part.words.join(" ").replace(/"/g, '""')}"`;
    return prefixLast && i === kept.length - 1 ? `${quoted}*` : quoted;
  });
  return { match: clauses.join(" "), terms: kept.map((p) => p.words.join(" ")) };
}

/**
 * Markers the SQL asks FTS5's `snippet()` to put around matches. Control characters cannot occur
 * in normalised text, so they cannot be confused with the text itself.
 */
export const HIT_OPEN = "\u0001";
export const HIT_CLOSE = "\u0002";

export interface SnippetPiece {
  text: string;
  hit: boolean;
}

/** Splits a marked snippet into plain and highlighted pieces (to render as text, never as HTML). */
export function splitSnippet(marked: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let hit = false;
  let current = "";
  for (const char of marked) {
    if (char === HIT_OPEN || char === HIT_CLOSE) {
      if (current) pieces.push({ text: current, hit });
      current = "";
      hit = char === HIT_OPEN;
    } else current += char;
  }
  if (current) pieces.push({ text: current, hit });
  return pieces;
}

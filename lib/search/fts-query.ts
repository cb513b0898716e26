/**
 * Turning what a person types into a safe full-text query, and a highlighted snippet back into
 * pieces a UI can render. Pure; the SQL lives in lib/server/services/search.
 *
 * One reading of the input (words, phrases, a prefix while typing) is written in two query
 * languages: SQLite FTS5's MATCH and PostgreSQL's `to_tsquery`. Both treat punctuation and keywords
 * as syntax (FTS5: `"`, `*`, `^`, `:`, `(`, `)`, `-`, `+`, AND/OR/NOT/NEAR; tsquery: `&`, `|`, `!`,
 * `<->`, `:*`, `(`, `)`), so raw input like `state (and` or `"class` would be an error. Every term is
 * therefore passed quoted, which both read as plain words: the query can never be malformed.
 */

/** Terms beyond this are ignored: a pasted paragraph is not a query, and each term costs a lookup. */
export const MAX_QUERY_TERMS = 12;
/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;

export interface ParsedQuery {
  /** The FTS5 MATCH expression, or null when the input holds no searchable word. */
  match: string | null;
  /**
   * The same query as `to_tsquery` input for PostgreSQL (null exactly when `match` is). The text
   * search configuration still stems and drops stop words, so a query of stop words alone ("the")
   * finds nothing there, whereas FTS5 indexes every word.
   */
  tsquery: string | null;
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
  if (kept.length === 0) return { match: null, tsquery: null, terms: [] };
  const prefixLast = /[\p{L}\p{N}]$/u.test(text) && !kept.at(-1)!.phrase;
  const clauses = kept.map((part, i) => ({ words: part.words, prefix: prefixLast && i === kept.length - 1 }));
  return { match: toFts5Match(clauses), tsquery: toTsQuery(clauses), terms: kept.map((p) => p.words.join(" ")) };
}

/** One ANDed part of a query: a word, or a phrase of several; `prefix` only ever on a single word. */
interface QueryClause {
  words: string[];
  prefix: boolean;
}

// FTS5: a double-quoted string is a phrase of plain words (a lone word is a phrase of one);
// juxtaposition is AND; `*` after the quotes makes the last word a prefix.
function toFts5Match(clauses: QueryClause[]): string {
  return clauses.map(({ words, prefix }) => `"${words.join(" ").replace(/"/g, '""')}"${prefix ? "*" : ""}`).join(" ");
}

// tsquery: a single-quoted lexeme is plain text (a quote inside is doubled); `<->` is "followed
// by", `&` is AND, `:*` marks a prefix. Words never hold a backslash, tsquery's other escape.
function toTsQuery(clauses: QueryClause[]): string {
  return clauses
    .map(({ words, prefix }) => {
      const lexemes = words.map((word) => `'${word.replace(/'/g, "''")}'`);
      if (lexemes.length > 1) return `(${lexemes.join(" <-> ")})`;
      return prefix ? `${lexemes[0]}:*` : lexemes[0];
    })
    .join(" & ");
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

/**
 * PostgreSQL's default text search parser reads `<…>` as an HTML tag and `&…;` as an entity, and
 * ts_headline leaves both out of its output. Texts are plain text, so the SQL hands the parser these
 * stand-ins (control characters, never in normalised text) instead; the PostgreSQL migration
 * 20261123160000_search_fts writes the same pair in its index expressions.
 */
export const PARSER_MARKUP = "<&";
export const PARSER_STAND_INS = "\u0003\u0004";

/** A ts_headline result over stand-in text, with `<` and `&` put back. */
export function restoreParserMarkup(headline: string): string {
  let restored = "";
  for (const char of headline) {
    const i = PARSER_STAND_INS.indexOf(char);
    restored += i === -1 ? char : PARSER_MARKUP[i];
  }
  return restored;
}

/**
 * ts_headline's fragment of a long paragraph, with "…" where it cuts words of the paragraph off,
 * as FTS5's snippet() does; punctuation it trims at either end (a closing full stop) is put back.
 * The fragment is a stretch of the paragraph (markers aside); when it cannot be found there it is
 * returned as it is.
 */
export function ellipsizeFragment(marked: string, paragraph: string): string {
  const plain = marked.replace(new RegExp(`[${HIT_OPEN}${HIT_CLOSE}]`, "g"), "");
  const at = plain ? paragraph.indexOf(plain) : -1;
  if (at === -1) return marked;
  const before = paragraph.slice(0, at);
  const after = paragraph.slice(at + plain.length);
  const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);
  return `${hasWords(before) ? "…" : before.trimStart()}${marked}${hasWords(after) ? "…" : after.trimEnd()}`;
}

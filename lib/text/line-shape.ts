/**
 * Small judgements about how a line begins and ends. Paragraph, heading and page-artefact
 * detection all ask the same questions, so the answers live in one place.
 */

// A footnote mark or closing quote after the full stop still leaves the sentence ended:
// `Gorbachev.3`, `people."1`, `Party*.`, `socialism.[3]`.
const TRAILING_MARKS = /(?:\[\d{1,3}\]|\d{1,3}|[*†‡§]{1,3}|[\u00B9\u00B2\u00B3\u2070-\u2079]+)$/u;
const CLOSERS = /["'”’)\]»]+$/u;

/** True when the line ends a sentence (., ?, !, :, … possibly followed by quotes or a note mark). */
export function endsSentence(text: string): boolean {
  // Most lines end in a letter or a full stop; only marks and closers need the slow path.
  const last = text.charCodeAt(text.length - 1);
  if (last === 46 || last === 63 || last === 33 || last === 58) return true; // . ? ! :
  if ((last >= 97 && last <= 122) || (last >= 65 && last <= 90) || last === 44 || last === 59) return false; // letters , ;
  let rest = text.trimEnd();
  const withoutMark = rest.replace(TRAILING_MARKS, "");
  // A bare number at the end ("in 1987") is not a mark; only strip it after punctuation.
  if (withoutMark !== rest && /[.?!:"'”’)\]…]$/u.test(withoutMark)) rest = withoutMark;
  rest = rest.replace(CLOSERS, "");
  return /[.?!:…]$/u.test(rest);
}

/** True when the text starts with a lowercase letter, i.e. probably continues a sentence. */
export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** True when the text could open a paragraph: a capital, a digit, a quote, a bracket or a bullet. */
export function startsLikeParagraph(text: string): boolean {
  return /^[\p{Lu}\p{N}"'“‘(\[•*†‡§¿¡—–-]/u.test(text) || startsWithBullet(text);
}

const BULLETS = /^[•◦▪▫●○■□‣⁃∙·\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF06E\uF0A8]/u;

/** True when the text starts with a bullet glyph. */
export function startsWithBullet(text: string): boolean {
  return BULLETS.test(text);
}

/** True for "1. ", "12) ", "a) ", "(iv) " and bullet items. */
export function isListItem(text: string): boolean {
  return startsWithBullet(text) || /^(?:\d{1,2}[.)]|[a-z][.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\))\s/u.test(text);
}

// Words that cannot end a sentence or a heading: a line ending with one continues on the next.
const CONNECTORS = new Set([
  "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with",
  "from", "into", "onto", "upon", "than", "that", "which", "who", "whose", "as", "is", "are",
  "was", "were", "be", "been", "its", "their", "his", "her", "our", "my", "your", "this", "these",
  "those", "between", "under", "over", "about", "against", "among", "during", "without", "within",
]);

/** True when the last word is one that cannot end a sentence ("of", "the", "and", ...). */
export function endsWithConnector(text: string): boolean {
  const match = /(\p{L}+)$/u.exec(text);
  return match !== null && CONNECTORS.has((match[1] ?? "").toLowerCase());
}

/** Length of the first whitespace-delimited word. */
export function firstWordLength(text: string): number {
  const space = text.indexOf(" ");
  return space === -1 ? text.length : space;
}

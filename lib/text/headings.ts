/**
 * Does a short piece of text look like a heading? Only the shape of the text is judged here;
 * whether it stands between paragraph breaks is for the caller, who knows the layout.
 */

// Words a title-cased heading leaves in lower case.
const MINOR_WORDS = new Set([
  "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with",
  "from", "into", "onto", "upon", "over", "under", "between", "among", "against", "during",
  "before", "after", "about", "through", "without", "within", "toward", "towards", "versus", "vs",
  "via", "as", "per", "than", "de", "la", "le", "du", "von", "van", "der", "und",
]);

const CHAPTER = /^(?:chapter|part|book|section|appendix|lecture)\s+(?:\d{1,3}|[ivxlc]{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iu;
const ROMAN_HEADING = /^[IVXLC]{1,7}[.)]?(?:\s|$)/u;
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{Lu})/u;

/** Longest heading we accept, in characters. */
export const MAX_HEADING_LENGTH = 150;
const MAX_HEADING_WORDS = 16;

/** True when every word but minor ones starts with a capital ("The Role of the Masses"). */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}\p{M}'’.-]*/gu);
  if (!words || words.length === 0) return false;
  const first = words[0] ?? "";
  if (!/^\p{Lu}/u.test(first)) return false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    if (/^\p{Lu}/u.test(word)) continue;
    if (MINOR_WORDS.has(word.replace(/[.]$/u, "").toLowerCase())) continue;
    return false;
  }
  return true;
}

/** True for "CHAPTER ONE", "INTRODUCTION": letters present and none of them lower case. */
function isAllCaps(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * True when the text has the shape of a heading: short, not ending like a sentence (a trailing
 * colon is allowed on a label of up to three words, a question mark on a title-cased line), and
 * either "Chapter N"-like, numbered, all capitals or title-cased.
 */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HEADING_LENGTH) return false;
  // Attributions, quotations and notes are not headings even when title-cased.
  if (/^[—–\-"“'‘(\[*†‡§•]/u.test(trimmed)) return false;
  if (!/\p{L}/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u);
  if (words.length > MAX_HEADING_WORDS) return false;
  if (CHAPTER.test(trimmed)) return true;
  const last = trimmed.charAt(trimmed.length - 1);
  let body = trimmed;
  if (last === ":") {
    if (words.length > 3) return false;
    body = trimmed.slice(0, -1);
  } else if (last === "?") {
    body = trimmed.slice(0, -1);
  } else if (/[.,;!…]/u.test(last)) {
    return false;
  }
  if (isAllCaps(body)) return true;
  if (ROMAN_HEADING.test(body)) return isTitleCase(body.replace(ROMAN_HEADING, "")) || body.length <= 8;
  if (NUMBERED_HEADING.test(body)) return isTitleCase(body.replace(NUMBERED_HEADING, ""));
  return isTitleCase(body);
}

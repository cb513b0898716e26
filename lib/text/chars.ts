/**
 * Character classes for the hot loops. Regular expressions with Unicode property escapes are
 * slow when run once per word of a 400 KB book, so ASCII is decided by code and only other
 * characters fall back to the regular expression.
 */

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** True for a letter in any script. */
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(String.fromCharCode(code));
}

/** True for a lower-case letter in any script. */
export function isLowerLetter(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(String.fromCharCode(code));
}

/** True for an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Offset where the run of letters ending at `end` starts (equal to `end` when there is none). */
export function lettersBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Offset just past the run of letters starting at `start`. */
export function lettersAfter(text: string, start: number): number {
  let end = start;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  return end;
}

import { isDigit, isLowerLetter, lettersAfter, lettersBefore } from "./chars";
import type { Vocabulary } from "./vocabulary";

/**
 * How two hard-wrapped lines of one paragraph are put together.
 * - `space`: an ordinary line break between words.
 * - `rejoin`: a word split without a hyphen ("inter" / "views"), or at a soft hyphen.
 * - `drop-hyphen`: a word split with a hyphen ("profes-" / "sional").
 * - `insert-hyphen`: a compound whose hyphen the extractor dropped ("co" / "optation").
 * - `keep-hyphen`: a real compound broken at its hyphen ("co-" / "optation").
 * - `keep-hyphen-space`: a suspended hyphen ("first-" / "and second-generation").
 * - `dash`: a line ending or starting with an unspaced dash.
 */
export type LineJoin = "space" | "rejoin" | "drop-hyphen" | "insert-hyphen" | "keep-hyphen" | "keep-hyphen-space" | "dash";

// After a suspended hyphen the next line goes on with a conjunction: "first- and second-".
const SUSPENSION_WORDS = new Set(["and", "or", "nor", "to"]);

const HYPHEN_END = /(?:^|[^\p{L}])((?:\p{L}+-)*)(\p{L}+)-$/u;
// What may stand before the first half of a split word: "(inter" / "views)", "self-deter" / "mination".
const BEFORE_HEAD = new Set([..." (“\"‘'-–—/"].map((c) => c.charCodeAt(0)));

/** The letters ending the line when they end in lower case and follow a space or opening mark. */
function trailingWord(line: string): string | null {
  const start = lettersBefore(line, line.length);
  if (start === line.length || !isLowerLetter(line.charCodeAt(line.length - 1))) return null;
  if (start > 0 && !BEFORE_HEAD.has(line.charCodeAt(start - 1))) return null;
  return line.slice(start);
}

/** The letters starting the line when the first is lower case. */
function leadingLowerWord(line: string): string | null {
  if (!isLowerLetter(line.charCodeAt(0))) return null;
  return line.slice(0, lettersAfter(line, 0));
}

/**
 * Decide how line `previous` continues into line `next` (both trimmed, same paragraph).
 * `splitsWithoutHyphen` says whether this document splits words at line ends without a hyphen;
 * only then is a line ending in a letter considered as a word half.
 */
export function decideLineJoin(previous: string, next: string, vocabulary: Vocabulary, splitsWithoutHyphen: boolean): LineJoin {
  if (previous.endsWith("\u00AD")) return "rejoin";
  if (previous.endsWith("—") || next.startsWith("—")) {
    const spaced = /\s—$/u.test(previous) || /^—\s/u.test(next);
    return spaced ? "space" : "dash";
  }

  if (previous.endsWith("-")) {
    const hyphenated = HYPHEN_END.exec(previous);
    if (hyphenated) return joinAtHyphen(hyphenated[2] ?? "", next, vocabulary);
    // "1949-" / "50" is a range; "word--" / "next" a typewriter dash; " -" a spaced dash.
    if (isDigit(previous.charCodeAt(previous.length - 2))) return "keep-hyphen";
    if (/\S--$/u.test(previous)) return "dash";
    return "space";
  }

  if (!splitsWithoutHyphen) return "space";
  const head = trailingWord(previous);
  const tail = leadingLowerWord(next);
  if (!head || !tail) return "space";
  return joinSplitWord(head, tail, vocabulary);
}

function joinAtHyphen(head: string, next: string, vocabulary: Vocabulary): LineJoin {
  // "anti-" / "Soviet", "post-" / "1949": capitals and digits only follow real hyphens.
  const tail = leadingLowerWord(next);
  if (!tail) return "keep-hyphen";
  if (SUSPENSION_WORDS.has(tail)) return "keep-hyphen-space";
  const whole = vocabulary.count(head + tail);
  const compound = vocabulary.hyphenatedCount(head, tail);
  if (whole > compound) return "drop-hyphen";
  if (compound > 0) return "keep-hyphen";
  // Neither form occurs elsewhere: only drop the hyphen when both halves are clearly fragments.
  return looksLikeFragments(head, tail, vocabulary) ? "drop-hyphen" : "keep-hyphen";
}

function joinSplitWord(head: string, tail: string, vocabulary: Vocabulary): LineJoin {
  const whole = vocabulary.count(head + tail);
  const compound = vocabulary.hyphenatedCount(head, tail);
  const headIsWord = vocabulary.count(head) > 0;
  const tailIsWord = vocabulary.count(tail) > 0;
  // Only when both halves are words could the line break be an ordinary space.
  const separate = headIsWord && tailIsWord && (whole > 0 || compound > 0) ? vocabulary.pairCount(head, tail) : 0;
  if (compound > 0 && compound >= whole && compound > separate) return "insert-hyphen";
  if (whole > 0) {
    // "be" / "came": both halves are words, so the document must prefer the joined form.
    if (!headIsWord || !tailIsWord || whole > separate) return "rejoin";
    return "space";
  }
  return looksLikeFragments(head, tail, vocabulary) ? "rejoin" : "space";
}

/**
 * Neither half is a word of the document, and at least one of them is the start or end of a
 * longer word that is ("unob" / "jectionable" where "unobtainable" occurs). Two rare real words
 * ("illicit" / "romances") fail the second test more often than fragments do.
 */
function looksLikeFragments(head: string, tail: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.count(head) > 0 || vocabulary.count(tail) > 0) return false;
  return vocabulary.startsLongerWord(head) || vocabulary.endsLongerWord(tail);
}

/**
 * Does the document split words at line ends without a hyphen? Yes when, at several line ends,
 * the two pieces make a word of the document while one of them is not a word on its own.
 * Without this evidence, joining "rubber" / "stamp" because neither occurs elsewhere would
 * damage text that never splits words.
 */
export function splitsWordsWithoutHyphen(pairs: readonly (readonly [string, string])[], vocabulary: Vocabulary): boolean {
  let candidates = 0;
  let evidence = 0;
  for (const [previous, next] of pairs) {
    const head = trailingWord(previous);
    const tail = leadingLowerWord(next);
    if (!head || !tail) continue;
    candidates += 1;
    const whole = vocabulary.count(head + tail);
    if (whole > 0 && (vocabulary.count(head) === 0 || vocabulary.count(tail) === 0)) evidence += 1;
  }
  return evidence >= 3 && evidence >= 0.02 * candidates;
}

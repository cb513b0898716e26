import { isLetter, lettersAfter, lettersBefore } from "./chars";

/**
 * The document's own vocabulary, used to decide whether two pieces at a line break are one word.
 *
 * Only words inside a line are counted: the first and last word of a line may be halves of a split
 * word, and counting them would make every fragment look like a word of the document.
 */
export interface Vocabulary {
  /** How often the word (lower case) occurs inside a line. */
  count(word: string): number;
  /** How often `left-right` occurs as adjacent parts of a hyphenated compound. */
  hyphenatedCount(left: string, right: string): number;
  /** How often `left right` occurs as two words separated by one space inside a line. */
  pairCount(left: string, right: string): number;
  /** True when some longer word of the document starts with `piece`. */
  startsLongerWord(piece: string): boolean;
  /** True when some longer word of the document ends with `piece`. */
  endsLongerWord(piece: string): boolean;
}

/** True when a sorted list holds a word that starts with `piece` and is longer than it. */
function hasLongerWithPrefix(sorted: readonly string[], piece: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? "") < piece) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < sorted.length; i++) {
    const word = sorted[i] ?? "";
    if (!word.startsWith(piece)) return false;
    if (word.length > piece.length) return true;
  }
  return false;
}

// This loop sees every character of the document; keep the ASCII test inline.
function isLetterFast(code: number): boolean {
  return code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) : isLetter(code);
}

function reverse(word: string): string {
  return word.split("").reverse().join("");
}

/** Count the interior words, word pairs and compounds of the given lines. */
export function buildVocabulary(lines: readonly string[]): Vocabulary {
  // Every token of the document in order, and for each interior word where it occurs; a pair is
  // found by looking at the token after each occurrence of its first word.
  const tokens: string[] = [];
  const spaceAfter: boolean[] = [];
  const occurrences = new Map<string, number[]>();
  const compounds = new Map<string, number>();

  for (const line of lines) {
    // Lower-casing the line once is cheaper than once per word, unless it changes the length.
    const lower = line.toLowerCase();
    const sameLength = lower.length === line.length;
    const first = tokens.length;
    let previousEnd = -1;
    for (let i = 0; i < line.length; ) {
      if (!isLetterFast(line.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < line.length && isLetterFast(line.charCodeAt(end))) end++;
      if (tokens.length > first) spaceAfter[tokens.length - 1] = i === previousEnd + 1 && line.charCodeAt(previousEnd) === 32;
      tokens.push(sameLength ? lower.slice(i, end) : line.slice(i, end).toLowerCase());
      spaceAfter.push(false);
      previousEnd = end;
      i = end;
    }
    for (let k = first + 1; k < tokens.length - 1; k++) {
      const word = tokens[k] ?? "";
      const list = occurrences.get(word);
      if (list) list.push(k);
      else occurrences.set(word, [k]);
    }
    for (let h = line.indexOf("-"); h !== -1; h = line.indexOf("-", h + 1)) {
      if (!isLetter(line.charCodeAt(h - 1)) || !isLetter(line.charCodeAt(h + 1))) continue;
      const key = line.slice(lettersBefore(line, h), lettersAfter(line, h + 1)).toLowerCase();
      compounds.set(key, (compounds.get(key) ?? 0) + 1);
    }
  }

  const pairCount = (left: string, right: string): number => {
    const second = right.toLowerCase();
    let count = 0;
    for (const k of occurrences.get(left.toLowerCase()) ?? []) {
      if (spaceAfter[k] && tokens[k + 1] === second) count++;
    }
    return count;
  };

  // Sorted forwards and backwards on first use: only documents with split words ever ask.
  let forwards: string[] | null = null;
  let backwards: string[] | null = null;
  const sortedForwards = (): string[] => (forwards ??= [...occurrences.keys()].sort());
  const sortedBackwards = (): string[] => (backwards ??= [...occurrences.keys()].map(reverse).sort());

  return {
    count: (word) => occurrences.get(word.toLowerCase())?.length ?? 0,
    hyphenatedCount: (left, right) => compounds.get(`${left.toLowerCase()}-${right.toLowerCase()}`) ?? 0,
    pairCount,
    startsLongerWord: (piece) => piece.length >= 2 && hasLongerWithPrefix(sortedForwards(), piece.toLowerCase()),
    endsLongerWord: (piece) => piece.length >= 2 && hasLongerWithPrefix(sortedBackwards(), reverse(piece.toLowerCase())),
  };
}

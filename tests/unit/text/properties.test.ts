import fc from "fast-check";
import { normalizeText, parseOffsetMap, serializeOffsetMap, toOriginalOffset, toOriginalRange } from "@/lib/text";

// Pieces that exercise every artefact handler: line breaks of all kinds, blank lines, split and
// hyphenated words, marks, brackets, bullets, page numbers, headings and odd whitespace.
const PIECES = [
  "the", "guild", "bakers", "inter", "views", "interviews", "co-", "ownership", "first-", "and",
  "Chapter 1", "CHAPTER TWO", "Conclusion", "In 1987,", "1.5", "(1)", "G7", "closed.3", 'said."1',
  "Party*.", "well†", "[2]", "[]", "[12]", "•", "\uF0B7", "—", "-", "12", "xii", "*", "†",
  " ", " ", " ", "  ", "\t", "\u00A0", "\u00AD", "\u200B", "\n", "\n", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\n ",
  ".", ",", "?", ":", "\"", "“", "”", "é", "中",
];

const structuredText = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((pieces) => pieces.join(""));
// Words for a generated book page; the long ones get split across line ends.
const WORDS = [
  "the", "guild", "of", "bakers", "interviews", "conservatism", "apparent", "professional", "co-ownership",
  "first-", "and", "second-generation", "masters", "journeymen", "wages", "In", "1987,", "1.5", "(1)",
  "closed.3", 'town."2', "Party*.", "well†", "[4]", "[]", "Chapter", "1", "ovens.", "Why?", "—", "G7",
];

interface PageShape {
  words: string[];
  width: number;
  cuts: number[];
  lineBreak: string;
  paragraphEvery: number;
  hyphenate: boolean;
}

/** Lay words out like a PDF extractor: wrapped lines, some words split, page numbers and headers. */
function layOut({ words, width, cuts, lineBreak, paragraphEvery, hyphenate }: PageShape): string {
  const lines: string[] = [];
  let line = "";
  words.forEach((word, i) => {
    if (line.length + 1 + word.length <= width || line.length === 0) {
      line = line ? `${line} ${word}` : word;
      return;
    }
    const cut = 1 + ((cuts[i % cuts.length] ?? 1) % Math.max(1, word.length - 1));
    if (word.length > 6 && /^[a-z]+$/.test(word)) {
      lines.push(`${line} ${word.slice(0, cut)}${hyphenate ? "-" : ""}`);
      line = word.slice(cut);
    } else {
      lines.push(line);
      line = word;
    }
  });
  if (line) lines.push(line);
  return lines
    .map((text, i) => {
      if (i > 0 && i % paragraphEvery === 0) return `\n${i % 3 === 0 ? `\n${i}\n\n\nThe Guild\n\n` : ""}${text}`;
      return text;
    })
    .join(lineBreak);
}

const wrappedText = fc
  .record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 400 }),
    width: fc.integer({ min: 30, max: 90 }),
    cuts: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 20 }),
    lineBreak: fc.constantFrom("\n", "\n", "\n\n", "\r\n"),
    paragraphEvery: fc.integer({ min: 2, max: 30 }),
    hyphenate: fc.boolean(),
  })
  .map(layOut);
const anyText = fc.oneof(structuredText, wrappedText, fc.string({ unit: "binary", maxLength: 300 }));

describe("normalizeText properties", () => {
  it("maps every copied run back to the identical original text", () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text, offsets } = normalizeText(original);
        for (const [norm, orig, length] of offsets.runs) {
          if (text.slice(norm, norm + length) !== original.slice(orig, orig + length)) return false;
        }
        return offsets.normalizedLength === text.length && offsets.originalLength === original.length;
      }),
      { numRuns: 150 },
    );
  });

  it("maps offsets monotonically into the original", () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text, offsets } = normalizeText(original);
        let previous = 0;
        for (let offset = 0; offset <= text.length; offset++) {
          const mapped = toOriginalOffset(offsets, offset);
          if (mapped < previous || mapped > original.length) return false;
          previous = mapped;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it("maps every paragraph to a range of the original that holds all of its copied text", () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { paragraphs, offsets } = normalizeText(original);
        return paragraphs.every((p) => {
          const range = toOriginalRange(offsets, p.start, p.end);
          return offsets.runs.every(([norm, orig, length]) => {
            const from = Math.max(norm, p.start);
            const to = Math.min(norm + length, p.end);
            if (from >= to) return true;
            return orig + (from - norm) >= range.start && orig + (to - norm) <= range.end;
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  it("joins trimmed paragraphs with exactly one blank line and single spaces", () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text, paragraphs } = normalizeText(original);
        if (text !== text.trim()) return false;
        if (/\n{3,}| {2}|\t|\r| \n|\n /.test(text)) return false;
        if (paragraphs.map((p) => text.slice(p.start, p.end)).join("\n\n") !== text) return false;
        return paragraphs.every((p) => p.end > p.start && !text.slice(p.start, p.end).includes("\n"));
      }),
      { numRuns: 150 },
    );
  });

  it("records footnote references inside both texts", () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text, footnoteRefs } = normalizeText(original);
        return footnoteRefs.every(
          (ref) => ref.at >= 0 && ref.at <= text.length && ref.originalStart < ref.originalEnd && ref.originalEnd <= original.length,
        );
      }),
      { numRuns: 100 },
    );
  });

  it("round-trips the offset map through JSON", () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { offsets } = normalizeText(original);
        expect(parseOffsetMap(serializeOffsetMap(offsets))).toEqual(offsets);
      }),
      { numRuns: 50 },
    );
  });
});

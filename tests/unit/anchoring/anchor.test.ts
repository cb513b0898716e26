import fc from "fast-check";
import { anchor, describeRange, type AnchorResult, type AnchorSelectors } from "@/lib/anchoring";
import {
  HARBOUR,
  INSERTED_PARAGRAPH,
  LIBRARY,
  ORCHARD,
  PARAGRAPH_BREAK,
  REFRAIN,
  STORY,
  spanOf,
} from "./fixtures";

const LAMPS = "The reading lamps made small islands of certainty in a sea of unread pages";
const PRUNING = "my uncle that it owes everything to the pruning knife";

function selectorsFor(text: string, phrase: string, from = 0): AnchorSelectors {
  const { start, end } = spanOf(text, phrase, from);
  return describeRange(text, start, end);
}

function wordsAt(text: string, result: AnchorResult): string | null {
  return result.status === "orphaned" ? null : text.slice(result.start, result.end);
}

describe("anchor: revision scenarios", () => {
  it("is exact with score 1 in the unchanged text", () => {
    const selectors = selectorsFor(STORY, LAMPS);
    expect(anchor(STORY, selectors)).toEqual({ status: "exact", ...selectors.position, score: 1 });
  });

  it("follows the passage exactly when a paragraph is inserted before it", () => {
    const selectors = selectorsFor(STORY, LAMPS);
    const revised = [HARBOUR, INSERTED_PARAGRAPH, ORCHARD, LIBRARY].join(PARAGRAPH_BREAK);
    const result = anchor(revised, selectors);
    expect(result).toMatchObject({ status: "exact", start: revised.indexOf(LAMPS) });
    expect(result.start).toBe(selectors.position.start + INSERTED_PARAGRAPH.length + PARAGRAPH_BREAK.length);
  });

  it("follows the passage exactly when a paragraph before it is deleted", () => {
    const selectors = selectorsFor(STORY, PRUNING);
    const revised = [ORCHARD, LIBRARY].join(PARAGRAPH_BREAK);
    expect(anchor(revised, selectors)).toMatchObject({ status: "exact", start: revised.indexOf(PRUNING) });
  });

  it("follows a passage whose paragraph was moved", () => {
    const selectors = selectorsFor(STORY, LAMPS);
    const revised = [LIBRARY, HARBOUR, ORCHARD].join(PARAGRAPH_BREAK);
    const result = anchor(revised, selectors);
    // The quote sits inside its paragraph, so its context moved with it.
    const at = revised.indexOf(LAMPS);
    expect(result).toEqual({ status: "exact", start: at, end: at + LAMPS.length, score: 1 });
  });

  it("follows a moved passage whose context did not move with it, at a lower score", () => {
    const selectors = selectorsFor(STORY, LIBRARY); // the whole paragraph: its context is its neighbours
    const revised = [LIBRARY, HARBOUR, ORCHARD].join(PARAGRAPH_BREAK);
    const result = anchor(revised, selectors);
    expect(result).toMatchObject({ status: "exact", start: 0, end: LIBRARY.length });
    expect(result.score).toBeLessThan(1);
  });

  it("is fuzzy, on the right words, when a typo inside the quote was fixed", () => {
    const typo = STORY.replace("islands of certainty", "islands of certianty");
    const selectors = selectorsFor(typo, LAMPS.replace("certainty", "certianty"));
    const result = anchor(STORY, selectors);
    expect(result).toMatchObject({ status: "fuzzy", start: STORY.indexOf(LAMPS) });
    expect(wordsAt(STORY, result)).toBe(LAMPS);
    expect(result.score).toBeGreaterThan(0.95);
  });

  it("is fuzzy, on the right words, when whitespace inside the quote changed", () => {
    const selectors = selectorsFor(STORY, LAMPS);
    const reflowed = STORY.replace("small islands of", "small\nislands  of");
    const result = anchor(reflowed, selectors);
    expect(result.status).toBe("fuzzy");
    expect(wordsAt(reflowed, result)).toBe("The reading lamps made small\nislands  of certainty in a sea of unread pages");
    expect(result.score).toBe(1); // whitespace is not wording
  });

  it("is fuzzy, on the right words, when a word was hyphenated at a line end", () => {
    const selectors = selectorsFor(STORY, LAMPS);
    const hyphenated = STORY.replace("certainty", "cer-\ntainty");
    const result = anchor(hyphenated, selectors);
    expect(result.status).toBe("fuzzy");
    expect(wordsAt(hyphenated, result)).toBe(LAMPS.replace("certainty", "cer-\ntainty"));
  });

  it("orphans a passage whose paragraph was deleted, rather than placing it elsewhere", () => {
    const selectors = selectorsFor(STORY, LAMPS);
    const result = anchor([HARBOUR, ORCHARD].join(PARAGRAPH_BREAK), selectors);
    expect(result).toMatchObject({ status: "orphaned", start: null, end: null });
    expect(result.score).toBeLessThan(0.65);
  });

  it("orphans a short phrase whose sentence was deleted even though the phrase occurs elsewhere", () => {
    // The claim was about "the orchard" at the end of ORCHARD; "In the orchard" survives.
    const selectors = selectorsFor(STORY, "the orchard", STORY.indexOf("remembers the orchard"));
    const revised = STORY.replace(", and nobody remembers the orchard either", "");
    expect(revised).toContain("the orchard");
    expect(anchor(revised, selectors).status).toBe("orphaned");
  });

  it("tells a repeated phrase apart by its context, wherever the text moved", () => {
    const second = selectorsFor(STORY, REFRAIN, STORY.indexOf(REFRAIN) + 1);
    const first = selectorsFor(STORY, REFRAIN);
    const revised = [INSERTED_PARAGRAPH, HARBOUR, ORCHARD, LIBRARY].join(PARAGRAPH_BREAK);
    const firstAt = revised.indexOf(REFRAIN);
    const secondAt = revised.indexOf(REFRAIN, firstAt + 1);
    expect(anchor(revised, second)).toMatchObject({ status: "exact", start: secondAt, score: 1 });
    expect(anchor(revised, first)).toMatchObject({ status: "exact", start: firstAt, score: 1 });
  });

  it("takes the occurrence nearest the old position when the context cannot decide", () => {
    const twice = `${LIBRARY}${PARAGRAPH_BREAK}${HARBOUR}${PARAGRAPH_BREAK}${LIBRARY}`;
    const later = selectorsFor(twice, LAMPS, LIBRARY.length);
    const shifted = `A new first line.\n${twice}`;
    expect(anchor(shifted, later)).toMatchObject({ status: "exact", start: shifted.lastIndexOf(LAMPS) });
  });

  it("prefers the passage edited in place over an untouched verbatim copy far away", () => {
    const withCopy = [LIBRARY, HARBOUR, ORCHARD, "Rain on the roofs. ".repeat(40), LIBRARY].join(PARAGRAPH_BREAK);
    const selectors = selectorsFor(withCopy, LAMPS); // the first copy
    const edited = withCopy.replace("islands of certainty", "islands of\ncertainty");
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({ status: "fuzzy", start: 0 + LIBRARY.indexOf(LAMPS) });
  });

  it("treats a stale or impossible position as a mere hint", () => {
    const { quote } = selectorsFor(STORY, LAMPS);
    const expected = STORY.indexOf(LAMPS);
    const stale = [
      { start: 5, end: 9 },
      { start: 99_999, end: 100_073 },
      { start: Number.NaN, end: Number.NaN },
    ];
    for (const position of stale) {
      expect(anchor(STORY, { quote, position })).toMatchObject({ status: "exact", start: expected });
    }
  });

  it("orphans an empty quote", () => {
    expect(anchor(STORY, { quote: { exact: "", prefix: "", suffix: "" }, position: { start: 0, end: 0 } })).toEqual({
      status: "orphaned",
      start: null,
      end: null,
      score: 0,
    });
  });

  it("orphans a fuzzy match below the caller's threshold", () => {
    const typo = STORY.replace("islands of certainty", "islands of certianty");
    const selectors = selectorsFor(typo, LAMPS.replace("certainty", "certianty"));
    expect(anchor(STORY, selectors, { minFuzzyScore: 0.999 }).status).toBe("orphaned");
  });

  it("scores lower as the passage drifts from the quote", () => {
    const selectors = selectorsFor(STORY, LAMPS);
    const revisions = [
      STORY,
      STORY.replace("unread pages", "unread page"),
      STORY.replace("made small islands", "made little islands"),
      STORY.replace("made small islands of certainty", "made little islands of doubt"),
    ];
    const scores = revisions.map((text) => anchor(text, selectors).score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
  });
});

describe("anchor: properties", () => {
  const word = fc.constantFrom(
    ..."harbour gull lantern quay storm the of and apple lamp sea night".split(" "),
  );
  const separator = fc.constantFrom(" ", " ", " ", ", ", ". ", "\n", "\n\n");
  const prose = fc
    .array(fc.tuple(word, separator), { minLength: 3, maxLength: 120 })
    .map((parts) => parts.map(([w, s]) => w + s).join(""));
  const textWithSpan = prose.chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
  );

  it("round-trips describe -> anchor exactly at the same offsets", () => {
    fc.assert(
      fc.property(textWithSpan, ({ text, start, end }) => {
        const result = anchor(text, describeRange(text, start, end));
        expect(result).toEqual({ status: "exact", start, end, score: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it("never reports exact at words that differ from the quote, whatever the edit", () => {
    const edited = textWithSpan.chain(({ text, start, end }) =>
      fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 30 }))
        .map(([at, deleteCount, insert]) => ({
          old: text,
          start,
          end,
          text: text.slice(0, at) + insert + text.slice(Math.min(text.length, at + deleteCount)),
        })),
    );
    fc.assert(
      fc.property(edited, ({ old, start, end, text }) => {
        const selectors = describeRange(old, start, end);
        const result = anchor(text, selectors);
        if (result.status === "exact") expect(text.slice(result.start, result.end)).toBe(selectors.quote.exact);
        if (result.status === "fuzzy") {
          expect(result.start).toBeGreaterThanOrEqual(0);
          expect(result.end).toBeLessThanOrEqual(text.length);
          expect(result.end).toBeGreaterThan(result.start);
        }
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

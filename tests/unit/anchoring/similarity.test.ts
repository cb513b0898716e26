import {
  CONTEXT_WEIGHT,
  QUOTE_WEIGHT,
  SHORT_STRING_LIMIT,
  combineScores,
  contextSimilarity,
  editDistance,
  scoreSpan,
  textSimilarity,
} from "@/lib/anchoring/similarity";
import { levenshtein } from "@/lib/anchoring/levenshtein";
import { LIBRARY, ORCHARD, STORY, spanOf } from "./fixtures";

const QUOTE = "The reading lamps made small islands of certainty in a sea of unread pages";

describe("textSimilarity", () => {
  it("falls as the quote diverges", () => {
    const versions = [
      QUOTE,
      "The reading lamps made small islands of certainty in a sea of unread page",
      "The reading lamps made small islands of certainty in a sea of unopened pages",
      "The reading lamps made little islands of doubt in a sea of unopened pages",
      "The lamps in the reading room lit a few desks among the unread books",
      "Gulls argued over the nets, and the ferryman counted the lanterns",
    ];
    const scores = versions.map((v) => textSimilarity(QUOTE, v));
    expect(scores[0]).toBe(1);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
    expect(scores[scores.length - 1]).toBeLessThan(0.5);
  });

  it("ignores the form of whitespace but not its presence", () => {
    expect(textSimilarity("made small\n\nislands", "made  small islands")).toBe(1);
    expect(textSimilarity("made small islands", "made smallislands")).toBeLessThan(1);
  });

  it("is 1 - edit distance / longer length", () => {
    expect(textSimilarity("storm", "stork")).toBeCloseTo(0.8);
    expect(textSimilarity("", "")).toBe(1);
    expect(textSimilarity("abc", "")).toBe(0);
  });
});

describe("editDistance", () => {
  it("is exact Levenshtein for short strings", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("uses a diff for long strings, agreeing with Levenshtein on a typical revision", () => {
    const revised = LIBRARY.replace("counsel", "council").replace("shallow", "shallower");
    expect(LIBRARY.length).toBeGreaterThan(SHORT_STRING_LIMIT);
    expect(editDistance(LIBRARY, revised)).toBe(levenshtein(LIBRARY, revised));
  });
});

describe("contextSimilarity", () => {
  const { start, end } = spanOf(STORY, "the pruning knife");
  const prefix = STORY.slice(start - 32, start);
  const suffix = STORY.slice(end, end + 32);

  it("is 1 where both recorded sides match the text", () => {
    expect(contextSimilarity(STORY, start, end, { prefix, suffix })).toBe(1);
  });

  it("averages the sides, so one spoiled side halves the loss", () => {
    const half = contextSimilarity(STORY, start, end, { prefix, suffix: "x".repeat(32) });
    expect(half).toBeGreaterThanOrEqual(0.5);
    expect(half).toBeLessThan(0.55);
  });

  it("uses only the sides that were recorded, and is null when none was", () => {
    expect(contextSimilarity(STORY, start, end, { prefix, suffix: "" })).toBe(1);
    expect(contextSimilarity(STORY, start, end, { prefix: "", suffix: "" })).toBeNull();
  });
});

describe("combineScores / scoreSpan", () => {
  it("weights the quote over the context", () => {
    expect(QUOTE_WEIGHT + CONTEXT_WEIGHT).toBeCloseTo(1);
    expect(QUOTE_WEIGHT).toBeGreaterThan(CONTEXT_WEIGHT);
    expect(combineScores(1, 0)).toBeCloseTo(QUOTE_WEIGHT);
    expect(combineScores(0.5, null)).toBe(0.5);
  });

  it("scores the recorded place 1 and a different sentence low", () => {
    const { start, end } = spanOf(ORCHARD, "the pruning knife");
    const prefix = ORCHARD.slice(start - 32, start);
    const quote = { exact: "the pruning knife", prefix, suffix: ORCHARD.slice(end, end + 32) };
    expect(scoreSpan(ORCHARD, start, end, quote).score).toBe(1);
    const elsewhere = spanOf(ORCHARD, "the old debate r");
    expect(scoreSpan(ORCHARD, elsewhere.start, elsewhere.end, quote).score).toBeLessThan(0.5);
  });
});

import { locateQuote } from "@/lib/anchoring";
import { scoreExactOccurrences, scoreWhitespaceVariants } from "@/lib/anchoring/match-quote";
import { REFRAIN, STORY, spanOf } from "./fixtures";

const FIRST_REFRAIN = spanOf(STORY, REFRAIN);
const SECOND_REFRAIN = spanOf(STORY, REFRAIN, FIRST_REFRAIN.end);
/** Occurs in both refrains and in "each of us remembers the storm as we needed it to be". */
const STORM = "remembers the storm";
const LAST_STORM = spanOf(STORY, `${STORM} as we needed`);
const LAST_STORM_SPAN = { start: LAST_STORM.start, end: LAST_STORM.start + STORM.length };

describe("locateQuote", () => {
  const KNIFE = spanOf(STORY, "the pruning knife");
  it.each([
    { case: "a unique quote", quote: "the pruning knife", prefix: "", suffix: "", expected: KNIFE },
    { case: "a unique quote, whatever its context says", quote: "the pruning knife", prefix: "wrong ", suffix: "", expected: KNIFE },
    { case: "a repeated quote without context", quote: REFRAIN, prefix: "", suffix: "", expected: null },
    { case: "a repeated quote, first by its prefix", quote: REFRAIN, prefix: "away in the night. ", suffix: "", expected: FIRST_REFRAIN },
    { case: "a repeated quote, second by its prefix", quote: REFRAIN, prefix: "unremarked between them. ", suffix: "", expected: SECOND_REFRAIN },
    { case: "a repeated quote by its suffix", quote: REFRAIN, prefix: "", suffix: ", he said", expected: SECOND_REFRAIN },
    { case: "a repeated quote whose context fits two equally", quote: STORM, prefix: "Nobody in the town ", suffix: "", expected: null },
    { case: "a thrice-repeated quote singled out by its suffix", quote: STORM, prefix: "", suffix: " as we needed", expected: LAST_STORM_SPAN },
    { case: "a missing quote", quote: "the lighthouse keeper", prefix: "", suffix: "", expected: null },
    { case: "an empty quote", quote: "", prefix: "", suffix: "", expected: null },
  ])("$case", ({ quote, prefix, suffix, expected }) => {
    expect(locateQuote(STORY, { exact: quote, prefix, suffix })).toEqual(expected);
  });

  it("accepts a quote without prefix and suffix fields", () => {
    expect(locateQuote(STORY, { exact: "the pruning knife" })).toEqual(KNIFE);
    expect(locateQuote(STORY, { exact: REFRAIN })).toBeNull();
  });

  it("does not match across a different form of whitespace (the seed quotes the normalised text)", () => {
    expect(locateQuote(STORY, { exact: "the pruning  knife" })).toBeNull();
  });
});

describe("scoreExactOccurrences", () => {
  it("scores the occurrence with the recorded context 1 and the other lower", () => {
    const quote = {
      exact: REFRAIN,
      prefix: STORY.slice(SECOND_REFRAIN.start - 32, SECOND_REFRAIN.start),
      suffix: STORY.slice(SECOND_REFRAIN.end, SECOND_REFRAIN.end + 32),
    };
    const [first, second] = scoreExactOccurrences(STORY, quote);
    expect(second).toMatchObject({ start: SECOND_REFRAIN.start, score: 1 });
    expect(first!.score).toBeLessThan(0.95);
  });
});

describe("scoreWhitespaceVariants", () => {
  it("finds a re-flowed copy of the quote and scores its words as unchanged", () => {
    const reflowed = STORY.replace("the pruning knife", "the pruning\nknife");
    const [variant] = scoreWhitespaceVariants(reflowed, { exact: "the pruning knife", prefix: "", suffix: "" });
    expect(variant).toMatchObject({ start: reflowed.indexOf("the pruning\nknife"), quoteSimilarity: 1 });
  });
});

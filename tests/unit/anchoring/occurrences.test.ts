import { findAllOccurrences } from "@/lib/anchoring";
import { findWhitespaceVariants } from "@/lib/anchoring/occurrences";
import { REFRAIN, STORY } from "./fixtures";

describe("findAllOccurrences", () => {
  it.each([
    { exact: REFRAIN, expected: [STORY.indexOf(REFRAIN), STORY.lastIndexOf(REFRAIN)] },
    { exact: "the pruning knife", expected: [STORY.indexOf("the pruning knife")] },
    { exact: "a lighthouse", expected: [] },
    { exact: "", expected: [] },
  ])("finds every start of $exact", ({ exact, expected }) => {
    expect(findAllOccurrences(STORY, exact)).toEqual(expected);
  });

  it("reports overlapping occurrences too", () => {
    expect(findAllOccurrences("aaaa", "aa")).toEqual([0, 1, 2]);
  });

  it("stops at the limit", () => {
    expect(findAllOccurrences("abababab", "ab", 2)).toEqual([0, 2]);
  });
});

describe("findWhitespaceVariants", () => {
  it("matches any run of whitespace where the quote has whitespace", () => {
    const text = "in the\n\nworking  class and the working class";
    expect(findWhitespaceVariants(text, "the working class")).toEqual([
      { start: 3, end: 22 },
      { start: 27, end: 44 },
    ]);
  });

  it("does not let whitespace appear or vanish, nor other characters vary", () => {
    expect(findWhitespaceVariants("workingclass, working-class", "working class")).toEqual([]);
  });

  it("treats regular-expression characters in the quote literally", () => {
    expect(findWhitespaceVariants("costs (i.e. $5) [sic]", "(i.e. $5) [sic]")).toEqual([{ start: 6, end: 21 }]);
  });

  it("falls back to plain occurrences for a quote without whitespace", () => {
    expect(findWhitespaceVariants("a-b a-b", "a-b")).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
    ]);
    expect(findWhitespaceVariants("abc", "")).toEqual([]);
  });
});

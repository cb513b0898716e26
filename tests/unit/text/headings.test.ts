import { isHeadingLike, isTitleCase } from "@/lib/text/headings";

describe("isTitleCase", () => {
  it("accepts capitalised words with minor words in lower case", () => {
    expect(isTitleCase("The Founding of the Cooperative")).toBe(true);
    expect(isTitleCase("Independent Councils during the Drought")).toBe(true);
  });

  it("rejects an ordinary sentence", () => {
    expect(isTitleCase("The pumps ran on year after year")).toBe(false);
  });
});

describe("isHeadingLike", () => {
  it.each([
    "Introduction",
    "CHAPTER ONE",
    "Chapter 3 The Guild and Its Masters",
    "Stalinism: The New Industrial Elite and",
    "Summary:",
    "Who Decides?",
    "IV. Sharing the Cost",
    "2.1 Water Rights",
  ])("takes %j for a heading", (text) => {
    expect(isHeadingLike(text)).toBe(true);
  });

  it.each([
    "The pumps ran on year after year.",
    "— A Founder of the Cooperative",
    '"Quoted Title Words"',
    "A list of reasons follows here in full:",
    "Who laid the pipe",
    "1987",
    "In my view the significance of the councils is at least threefold and it is worth setting out",
  ])("does not take %j for a heading", (text) => {
    expect(isHeadingLike(text)).toBe(false);
  });
});

import { buildVocabulary } from "@/lib/text/vocabulary";

const LINES = [
  "The bakers gave interviews in their kitchens over many weeks",
  "and the interviews were long. Some of the co-owners spoke of",
  "a new oven, and a new oven was what they got in the end of it.",
];

describe("buildVocabulary", () => {
  const vocabulary = buildVocabulary(LINES);

  it("counts words inside lines, case-insensitively", () => {
    expect(vocabulary.count("interviews")).toBe(2);
    expect(vocabulary.count("Kitchens")).toBe(1);
  });

  it("does not count the first and last word of a line, which may be halves of a split word", () => {
    expect(vocabulary.count("weeks")).toBe(0);
    expect(vocabulary.count("the")).toBe(3);
  });

  it("counts the parts of hyphenated compounds", () => {
    expect(vocabulary.hyphenatedCount("co", "owners")).toBe(1);
    expect(vocabulary.hyphenatedCount("co", "ovens")).toBe(0);
  });

  it("counts pairs of words separated by one space", () => {
    expect(vocabulary.pairCount("new", "oven")).toBe(2);
    expect(vocabulary.pairCount("oven", "was")).toBe(1);
    expect(vocabulary.pairCount("oven", "and")).toBe(0);
  });

  it("knows which pieces begin or end longer words of the document", () => {
    expect(vocabulary.startsLongerWord("inter")).toBe(true);
    expect(vocabulary.endsLongerWord("views")).toBe(true);
    expect(vocabulary.startsLongerWord("oven")).toBe(false);
  });
});

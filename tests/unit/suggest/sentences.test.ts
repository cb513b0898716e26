import { splitParagraph, splitSentences } from "@/lib/suggest";
import { doc } from "./doc";

const split = (text: string) => splitParagraph(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe("splitting sentences", () => {
  it("splits at full stops, question and exclamation marks followed by a capital", () => {
    expect(split("The line held. Did it hold? It did! Then it broke.")).toEqual(["The line held.", "Did it hold?", "It did!", "Then it broke."]);
  });

  it("keeps abbreviations, initials, dotted shortenings and decimals inside the sentence", () => {
    const text = "Mr. Liu met J. V. Stalin in 1950, e.g. at the Kremlin, and the U.S. delegation saw pp. 12-14 of vol. 3.5 on it. A second sentence follows.";
    expect(split(text)).toEqual([
      "Mr. Liu met J. V. Stalin in 1950, e.g. at the Kremlin, and the U.S. delegation saw pp. 12-14 of vol. 3.5 on it.",
      "A second sentence follows.",
    ]);
  });

  it("does not split before a lower-case word", () => {
    expect(split("The ratio was approx. one in ten. So it goes.")).toEqual(["The ratio was approx. one in ten.", "So it goes."]);
    expect(split("He cited ch. four of the report. Nothing more.")).toHaveLength(2);
  });

  it("gives closing quotes, brackets and note marks to the sentence they close", () => {
    expect(split("He called it “a paper tiger.” The phrase stuck.[3] Later it changed.")).toEqual([
      "He called it “a paper tiger.”",
      "The phrase stuck.[3]",
      "Later it changed.",
    ]);
    expect(split("The committees were dissolved that spring.12 After that nothing was the same.")).toEqual([
      "The committees were dissolved that spring.12",
      "After that nothing was the same.",
    ]);
  });

  it("starts a sentence at an opening quote", () => {
    expect(split("Mao wrote this. “From the masses, to the masses.” It became a slogan.")).toEqual([
      "Mao wrote this.",
      "“From the masses, to the masses.”",
      "It became a slogan.",
    ]);
  });

  it("takes sentences from running paragraphs only, with their place in the paragraph", () => {
    const { text, paragraphs } = doc([{ heading: "Introduction" }, "One sentence here. And another one.", "A lone sentence."]);
    const sentences = splitSentences(text, paragraphs);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph, s.indexInParagraph, s.paragraphSentences])).toEqual([
      ["One sentence here.", 1, 0, 2],
      ["And another one.", 1, 1, 2],
      ["A lone sentence.", 2, 0, 1],
    ]);
  });
});

import { endsSentence, endsWithConnector, isListItem, startsLikeParagraph, startsLowercase } from "@/lib/text/line-shape";

describe("endsSentence", () => {
  it.each([
    ["the vote was taken.", true],
    ["who decides?", true],
    ['as they said, "no."', true],
    ["the mills closed.3", true],
    ['the whole people."1', true],
    ["the Party*.", true],
    ["socialism.[3]", true],
    ["the social products of", false],
    ["elected in 1987", false],
    ["a list follows:", true],
  ])("%j -> %j", (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe("line openings", () => {
  it("tells a continuation from a paragraph opening", () => {
    expect(startsLowercase("favors the children")).toBe(true);
    expect(startsLowercase("The children")).toBe(false);
    expect(startsLikeParagraph("“Quoted opening")).toBe(true);
    expect(startsLikeParagraph("1956 was a turning point")).toBe(true);
    expect(startsLikeParagraph("and so on")).toBe(false);
  });

  it("recognises list items but not numbers in running text", () => {
    expect(isListItem("1. Gather the ideas.")).toBe(true);
    expect(isListItem("a) Only a party of a new type")).toBe(true);
    expect(isListItem("• A bullet point")).toBe(true);
    expect(isListItem("\uF0B7 A bullet from a symbol font")).toBe(true);
    expect(isListItem("1956 was a turning point")).toBe(false);
    expect(isListItem("3.5 million people")).toBe(false);
  });

  it("knows the words a sentence cannot end with", () => {
    expect(endsWithConnector("the price of")).toBe(true);
    expect(endsWithConnector("Elite and")).toBe(true);
    expect(endsWithConnector("the price")).toBe(false);
  });
});

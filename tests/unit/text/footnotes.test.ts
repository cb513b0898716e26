import { findFootnoteMarks, footnoteLineStart, markPositionsByLabel, separateFootnoteMarks } from "@/lib/text/footnotes";
import { MappedTextBuilder } from "@/lib/text/mapped-text";

const labels = (text: string) => findFootnoteMarks(text).map((m) => m.label);

function mappedOf(text: string) {
  return new MappedTextBuilder().copy(text, 0, text.length).build();
}

describe("findFootnoteMarks", () => {
  it.each([
    ["assault, by Mikhail Gorbachev.3 The denouement", ["3"]],
    ['the "state of the whole people."1 Another', ["1"]],
    ["a profound radicalization.[3] Neoliberalism", ["3"]],
    ["the capitalist roaders in the Party*. These", ["*"]],
    ["wrote “Big Character Posters”†  denouncing", ["†"]],
    ["the cooperative3 and its members", ["3"]],
    ["the guild’s rules² were strict", ["2"]],
    ["first.[12] Then second.[13]", ["12", "13"]],
  ])("takes the mark out of %j", (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it.each([
    "elected in 1987, when",
    "some 1.5 million loaves",
    "as Chapter 1 shows",
    "three halls (1) on the river",
    "the G7 summit and the B52 bomber",
    "in FBIS, China (February 7, 1985), K15.",
    "see p.3 and No.4 of the series",
    "posters of approximately 3x4 feet",
    "http://example.org/page2 and mail to a1@example.org",
    "the 1960s and the mid-1960s",
    "pages W10-12 of the report",
    "verse 3:16 and chapters 3-5",
    "an area of 40 m² only",
    "the note at * here",
  ])("leaves the number in %j alone", (text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe("separateFootnoteMarks", () => {
  it("removes the mark and records where it stood and where it came from", () => {
    const text = "the mills closed.1 The interviews";
    const { text: clean, marks } = separateFootnoteMarks(mappedOf(text), true);
    expect(clean.text).toBe("the mills closed. The interviews");
    expect(marks).toEqual([{ at: 17, label: "1", originalStart: 17, originalEnd: 18 }]);
  });

  it("does not leave a double space where a spaced mark was", () => {
    const { text } = separateFootnoteMarks(mappedOf("the well [2] and the pump"), true);
    expect(text.text).toBe("the well and the pump");
  });

  it("does not leave a space before punctuation or at the end", () => {
    expect(separateFootnoteMarks(mappedOf("the well [2]."), true).text.text).toBe("the well.");
    expect(separateFootnoteMarks(mappedOf("the well [2]"), true).text.text).toBe("the well");
  });

  it("drops empty link brackets, also from footnotes where marks are kept", () => {
    const { text, marks } = separateFootnoteMarks(mappedOf("[6] See the report (2017) []"), false);
    expect(text.text).toBe("[6] See the report (2017)");
    expect(marks).toEqual([]);
  });
});

describe("footnoteLineStart", () => {
  it("reads the label of a footnote's text", () => {
    expect(footnoteLineStart("* This paper was first read")).toEqual({ label: "*", numeric: false });
    expect(footnoteLineStart("† Letters may be sent")).toEqual({ label: "†", numeric: false });
    expect(footnoteLineStart("[4] For a detailed discussion")).toEqual({ label: "4", numeric: false });
    expect(footnoteLineStart("• [1] See the minutes")).toEqual({ label: "1", numeric: false });
    expect(footnoteLineStart('3 Elizabeth Pond, "From the Station," 25.')).toEqual({ label: "3", numeric: true });
  });

  it("does not read list items or numbers in running text as footnotes", () => {
    expect(footnoteLineStart("1. Gather the ideas")).toBeNull();
    expect(footnoteLineStart("162 hours in all")).toBeNull();
    expect(footnoteLineStart("1987 was the year")).toBeNull();
  });
});

describe("markPositionsByLabel", () => {
  it("lists where each label was used as a glued mark", () => {
    const positions = markPositionsByLabel("first.1 and second.2 and again.1");
    expect(positions.get("1")).toEqual([6, 31]);
    expect(positions.get("2")).toEqual([19]);
  });
});

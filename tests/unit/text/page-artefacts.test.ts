import { detectLayout } from "@/lib/text/layout";
import { splitLines } from "@/lib/text/lines";
import { findPageNumbers, findRunningHeaders, isPageNumberText, type LineRole } from "@/lib/text/page-artefacts";

function headersIn(text: string): string[] {
  const lines = splitLines(text);
  const roles: LineRole[] = lines.map((line) => (line.blank ? "blank" : "body"));
  for (const i of findPageNumbers(lines)) roles[i] = "page-number";
  return [...findRunningHeaders(lines, roles, detectLayout(lines))].sort((a, b) => a - b).map((i) => `${i}:${lines[i]?.text}`);
}

const PARAGRAPH = [
  "The masters met in the guild hall every autumn and voted on a rate",
  "for the whole town, and the journeymen had no say in the matter at",
];

// A page ends mid-sentence; the next page opens with the page number and the chapter title
// as a running header, and the sentence carries on in lower case.
const HEADER_INTERRUPTS = [...PARAGRAPH, "", "14", "", "", "", "Bread and Wages", "", "all, which they resented for many years afterwards and said so.", ""].join("\n");

// A real section heading: the previous paragraph has ended and the next one starts properly.
const REAL_HEADING = [
  ...PARAGRAPH,
  "all, which they resented for many years afterwards and said so.",
  "",
  "Conclusion",
  "",
  "The guild lasted as long as the masters were willing to share it.",
].join("\n");

describe("isPageNumberText", () => {
  it.each(["7", "152", "xii", "- 12 -", "Page 4 of 20"])("reads %j as a page number", (text) => {
    expect(isPageNumberText(text)).toBe(true);
  });

  it.each(["12 Ibid.", "1987 was", "I", "Chapter 2"])("does not read %j as a page number", (text) => {
    expect(isPageNumberText(text)).toBe(false);
  });
});

describe("findPageNumbers", () => {
  it("finds a number standing alone between blank lines", () => {
    const lines = splitLines(["the text runs on", "", "19", "", "", "and continues here"].join("\n"));
    expect([...findPageNumbers(lines)]).toEqual([2]);
  });

  it("finds a number followed by a line that opens a new page", () => {
    const lines = splitLines(["a system that", "", "10", " favors the children"].join("\n"));
    expect([...findPageNumbers(lines)]).toEqual([2]);
  });

  it("leaves a number that is part of a run of text lines", () => {
    const lines = splitLines(["for a total of", "162", "hours in all"].join("\n"));
    expect([...findPageNumbers(lines)]).toEqual([]);
  });
});

describe("findRunningHeaders", () => {
  it("drops a header that interrupts a sentence carrying on in lower case", () => {
    expect(headersIn(HEADER_INTERRUPTS)).toEqual(["7:Bread and Wages"]);
  });

  it("keeps a real heading followed by a capitalised paragraph", () => {
    expect(headersIn(REAL_HEADING)).toEqual([]);
  });

  it("drops a short form of an earlier chapter title standing next to a page number", () => {
    const text = [
      "CHAPTER SIX",
      "",
      "The Unequal Partners and the End of",
      "the Guild",
      "",
      "The story of the last years is quickly told and needs little comment.",
      "",
      "130",
      "",
      "",
      "",
      "The Unequal Partners",
      "",
      "Most of the masters had retired by then, and their sons had other work.",
    ].join("\n");
    expect(headersIn(text)).toEqual(["11:The Unequal Partners"]);
  });

  it("drops every copy of a header repeated on most pages, keeping a first copy that heads a section", () => {
    const page = (n: number) => ["", String(n), "", "Water Rights", "", "and the text carries on here after the page break as before,", "until the page is full and the next one begins with the same"];
    const text = [
      "Water Rights",
      "",
      "The valley shares its water by rule, and the rules are old ones that",
      "nobody wants to change without a vote at the spring meeting of all,",
      ...page(2),
      ...page(3),
      ...page(4),
      "",
      "5",
      "",
      "Water Rights",
      "",
      "Every member has one vote and no member may sell that vote to another.",
    ].join("\n");
    expect(headersIn(text)).toEqual(["7:Water Rights", "14:Water Rights", "21:Water Rights", "28:Water Rights"]);
  });
});

import { detectLayout } from "@/lib/text/layout";
import { splitLines } from "@/lib/text/lines";
import { segmentLines } from "@/lib/text/paragraphs";
import { DOUBLE_SPACED_ESSAY } from "../../fixtures/text/double-spaced-essay";
import { WEB_STUDY_TEXT } from "../../fixtures/text/web-study-text";
import { WRAPPED_MONOGRAPH } from "../../fixtures/text/wrapped-monograph";

/** Each block as "kind: first line … last line" for compact expectations. */
function blocksOf(text: string): string[] {
  const lines = splitLines(text);
  const { blocks } = segmentLines(text, lines, detectLayout(lines));
  return blocks.map((block) => {
    const texts = block.lines.map((i) => lines[i]?.text ?? "");
    const first = texts[0] ?? "";
    const last = texts[texts.length - 1] ?? "";
    return texts.length === 1 ? `${block.kind}: ${first}` : `${block.kind}: ${first} … ${last}`;
  });
}

describe("segmentLines on web text", () => {
  const blocks = blocksOf(WEB_STUDY_TEXT);

  it("keeps the lines of a quoted poem apart from each other and from the prose", () => {
    expect(blocks).toContain("paragraph: Who dug the well?");
    expect(blocks).toContain("paragraph: Across the farms?");
    expect(blocks).toContain("paragraph: The habit was put into verse by one of the founders:");
  });

  it("does not take a poem line or an attribution for a heading", () => {
    expect(blocks.filter((b) => b.startsWith("heading:"))).toEqual(["heading: Who Decides?"]);
  });

  it("makes a bracketed note at the end a footnote", () => {
    expect(blocks[blocks.length - 1]).toBe("footnote: • [1] See the minutes of the tenth spring meeting.");
  });
});

describe("segmentLines on double-spaced text", () => {
  const blocks = blocksOf(DOUBLE_SPACED_ESSAY);

  it("joins the lines of a paragraph although a blank line follows every one of them", () => {
    expect(blocks).toContain(
      "paragraph: The water cooperative of Alder Creek was founded by the families along the … to elect a board that answered to nobody but them.",
    );
  });

  it("ends a paragraph where a sentence ends on a line with room left for the next word", () => {
    expect(blocks).toContain(
      "paragraph: The second summer brought a quarrel over the price of water for the orchard … and the orchard owners paid a higher rate from then on, as they still do.",
    );
  });

  it("rebuilds a heading broken over two lines", () => {
    expect(blocks).toContain("heading: Sharing the Cost of Repairs and … Replacing the Pumps");
  });

  it("keeps the single-spaced notes as footnotes, one per mark", () => {
    expect(blocks).toContain("footnote: * The ledger survives in the library of the valley school.");
    expect(blocks).toContain("footnote: † A share could not be sold, only passed on within a family.");
  });

  it("carries a sentence on across a dropped page number", () => {
    expect(blocks).toContain(
      "paragraph: When the main pump broke in the fifth year the board asked every member for … paid nothing at all. The board listed its reasons for the repair as follows:",
    );
  });

  it("starts a new paragraph at each bullet", () => {
    expect(blocks).toContain("paragraph: \uF0B7 The old pump could no longer lift water to the farms on the upper … terraces of the valley.");
    expect(blocks).toContain("paragraph: \uF0B7 The county would not lend its spare pump.");
  });
});

describe("segmentLines on single-spaced wrapped text", () => {
  const blocks = blocksOf(WRAPPED_MONOGRAPH);

  it("breaks paragraphs at blank lines and finds the headings", () => {
    expect(blocks.filter((b) => b.startsWith("heading:"))).toEqual([
      "heading: Preface",
      "heading: CHAPTER ONE",
      "heading: Bread and Wages in the Old Town",
      "heading: Conclusion",
    ]);
  });

  it("reads a numbered line at the foot of the page as a footnote only after its mark", () => {
    expect(blocks).toContain("footnote: 1 Town records, Register of Mills, 14.");
    expect(blocks).toContain('footnote: 2 Minutes of the guild hall, "Autumn Rates," 3-5.');
  });

  it("carries a paragraph on across a page number and a running header", () => {
    expect(blocks).toContain(
      "paragraph: which paid more but offered no share in anything. Many of them left, … their places were filled by apprentices, and the bread was worse.",
    );
  });

  it("does not read a numbered line as a footnote when no such mark came before", () => {
    const text = ["The guild had its rules.", "", "12 Masters met in the hall and voted on them."].join("\n");
    expect(blocksOf(text)).toEqual(["paragraph: The guild had its rules.", "paragraph: 12 Masters met in the hall and voted on them."]);
  });
});

import { segmentParagraph } from "@/lib/reader/segments";

const PARAGRAPH = { start: 100, end: 160 };

describe("segmentParagraph", () => {
  it("returns one plain run for a paragraph without highlights", () => {
    expect(segmentParagraph(PARAGRAPH, [])).toEqual([{ start: 100, end: 160, highlightIds: [], footnotesAfter: [] }]);
  });

  it("cuts runs at highlight boundaries and marks the covered run", () => {
    const runs = segmentParagraph(PARAGRAPH, [{ id: "a", start: 110, end: 120 }]);
    expect(runs.map((r) => [r.start, r.end, r.highlightIds])).toEqual([
      [100, 110, []],
      [110, 120, ["a"]],
      [120, 160, []],
    ]);
  });

  it("gives overlapping highlights a shared run listing both", () => {
    const runs = segmentParagraph(PARAGRAPH, [
      { id: "a", start: 105, end: 130 },
      { id: "b", start: 120, end: 140 },
    ]);
    expect(runs.find((r) => r.start === 120)?.highlightIds).toEqual(["a", "b"]);
    expect(runs.find((r) => r.start === 130)?.highlightIds).toEqual(["b"]);
  });

  it("clips highlights that run past the paragraph and ignores those outside it", () => {
    const runs = segmentParagraph(PARAGRAPH, [
      { id: "across", start: 150, end: 190 },
      { id: "outside", start: 10, end: 20 },
    ]);
    expect(runs.at(-1)).toEqual({ start: 150, end: 160, highlightIds: ["across"], footnotesAfter: [] });
    expect(runs.flatMap((r) => r.highlightIds)).not.toContain("outside");
  });

  it("places a footnote mark at the end of the run it followed", () => {
    const runs = segmentParagraph(PARAGRAPH, [], [{ at: 125, label: "3" }]);
    expect(runs.map((r) => [r.start, r.end, r.footnotesAfter])).toEqual([
      [100, 125, ["3"]],
      [125, 160, []],
    ]);
  });
});

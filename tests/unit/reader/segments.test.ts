import { groupByParagraph, segmentParagraph } from "@/lib/reader/segments";

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

describe("groupByParagraph", () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 12, end: 30 },
    { start: 32, end: 40 },
  ];

  it("gives each paragraph the highlights touching it and the note marks standing in it, as a scan would", () => {
    const highlights = [
      { id: "inside", start: 2, end: 5 },
      { id: "across", start: 8, end: 34 },
      { id: "edge", start: 30, end: 32 },
    ];
    const footnotes = [
      { at: 0, label: "start of text" },
      { at: 10, label: "end of first" },
      { at: 31, label: "separator" },
      { at: 40, label: "end" },
    ];
    const grouped = groupByParagraph(paragraphs, highlights, footnotes);
    const scanned = paragraphs.map((p) => ({
      highlights: highlights.filter((h) => h.start < p.end && h.end > p.start),
      footnotes: footnotes.filter((f) => f.at > p.start && f.at <= p.end),
    }));
    expect(grouped).toEqual(scanned);
    expect(grouped.map((g) => g.highlights.map((h) => h.id))).toEqual([["inside", "across"], ["across"], ["across"]]);
    expect(grouped.map((g) => g.footnotes.map((f) => f.label))).toEqual([["end of first"], [], ["end"]]);
  });
});

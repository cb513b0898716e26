import { formatParagraphLocation, paragraphAt } from "@/lib/reader/paragraph-number";
import type { Paragraph } from "@/lib/text";

// "Title\n\nFirst para.\n\nSecond para.\n\nA note." laid out as the normaliser reports it.
const PARAGRAPHS: Paragraph[] = [
  { start: 0, end: 5, kind: "heading" },
  { start: 7, end: 18, kind: "paragraph" },
  { start: 20, end: 32, kind: "paragraph" },
  { start: 34, end: 41, kind: "footnote" },
];

describe("paragraphAt", () => {
  it("numbers body paragraphs without counting the heading before them", () => {
    expect(paragraphAt(PARAGRAPHS, 7)).toEqual({ kind: "paragraph", number: 1 });
    expect(paragraphAt(PARAGRAPHS, 25)).toEqual({ kind: "paragraph", number: 2 });
  });

  it("numbers headings and footnotes among their own kind", () => {
    expect(paragraphAt(PARAGRAPHS, 2)).toEqual({ kind: "heading", number: 1 });
    expect(paragraphAt(PARAGRAPHS, 40)).toEqual({ kind: "footnote", number: 1 });
  });

  it("gives an offset in the gap between paragraphs to the next one", () => {
    expect(paragraphAt(PARAGRAPHS, 19)).toEqual({ kind: "paragraph", number: 2 });
  });

  it("returns null past the end, before the start, or without paragraphs", () => {
    expect(paragraphAt(PARAGRAPHS, 41)).toBeNull();
    expect(paragraphAt(PARAGRAPHS, -1)).toBeNull();
    expect(paragraphAt([], 0)).toBeNull();
  });
});

describe("formatParagraphLocation", () => {
  it("writes a paragraph as ¶ and names notes and headings, with a no-break space before the number", () => {
    expect(formatParagraphLocation({ kind: "paragraph", number: 12 })).toBe("¶\u00a012");
    expect(formatParagraphLocation({ kind: "footnote", number: 3 })).toBe("note\u00a03");
    expect(formatParagraphLocation({ kind: "heading", number: 2 })).toBe("heading\u00a02");
  });
});

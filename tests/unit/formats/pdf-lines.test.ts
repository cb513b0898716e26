import { buildLines, dropRunningLines, headingsBySize, joinPages, pageLines, type PdfTextItem } from "@/lib/formats/pdf-lines";

const item = (str: string, x: number, y: number, options: Partial<PdfTextItem> = {}): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * 5,
  fontSize: 10,
  hasEOL: false,
  ...options,
});

describe("rebuilding PDF lines from pdf.js text items", () => {
  it("joins items on one baseline, adding a space only where the gap is a word gap", () => {
    const lines = buildLines([item("The", 72, 700), item("state", 90, 700), item("s", 115, 700), item("erves", 123, 700)]);
    expect(lines.map((l) => l.text)).toEqual(["The states erves"]);
  });

  it("keeps a raised, smaller note mark glued to its word and on its line", () => {
    const lines = buildLines([item("power.", 72, 700), item("12", 102, 703.5, { fontSize: 6, width: 6 }), item(" Next", 108, 700)]);
    expect(lines.map((l) => l.text)).toEqual(["power.12 Next"]);
  });

  it("takes a line's size and baseline from its body text when a raised note number opens it", () => {
    const [line] = buildLines([item("1", 72, 123, { fontSize: 6, width: 3 }), item("Mao Zedong, 1943.", 78, 120, { fontSize: 8 })]);
    expect(line).toMatchObject({ text: "1 Mao Zedong, 1943.", y: 120, fontSize: 8 });
  });

  it("starts a new line after an end-of-line item and when the baseline moves down", () => {
    const lines = buildLines([item("first", 72, 700, { hasEOL: true }), item("", 97, 700, { hasEOL: true }), item("second", 72, 686), item("third", 72, 672)]);
    expect(lines.map((l) => l.text)).toEqual(["first", "second", "third"]);
  });

  it("puts a blank line at a paragraph gap and before an indented first line, not between ordinary lines", () => {
    const text = pageLines([
      item("A paragraph that runs over", 72, 700),
      item("two lines.", 72, 686),
      item("After a gap.", 72, 650),
      item("An indented first line", 90, 636),
      item("and its second line.", 72, 622),
    ]).lines.join("\n");
    expect(text).toBe("A paragraph that runs over\ntwo lines.\n\nAfter a gap.\n\nAn indented first line\nand its second line.");
  });

  it("reads a second column after the first without inventing a paragraph break", () => {
    const text = pageLines([item("left one", 72, 700), item("left two", 72, 686), item("right one", 320, 700), item("right two", 320, 686)]).lines.join("\n");
    expect(text).toBe("left one\nleft two\nright one\nright two");
  });

  it("opens every page after the first with a form feed, and sets a lone first line apart", () => {
    const joined = joinPages([{ lines: ["page one"] }, { lines: [] }, { lines: ["Header", "", "body"] }, { lines: ["continued"] }]);
    expect(joined).toBe("page one\n\n\fHeader\n\nbody\n\fcontinued\n");
  });

  it("drops a line standing alone at the top or foot of three pages, page numbers in it or not", () => {
    const page = (n: number, body: string) => ({ lines: [`Shared MIME-info Database`, "", body, "", `Draft ${n} of 5`] });
    const pages = [
      { lines: ["Shared MIME-info Database", "", "The title page keeps its title."] },
      page(2, "Second page."),
      page(3, "Third page."),
      { lines: ["Introduction", "", "A heading that opens one page is a heading."] },
      page(5, "Fifth page."),
    ];
    expect(dropRunningLines(pages)).toBe(6);
    expect(pages.map((p) => p.lines)).toEqual([
      ["Shared MIME-info Database", "", "The title page keeps its title."],
      ["Second page."],
      ["Third page."],
      ["Introduction", "", "A heading that opens one page is a heading."],
      ["Fifth page."],
    ]);
  });

  it("keeps a line that opens only two pages: that may be chance", () => {
    const pages = [{ lines: ["Title"] }, { lines: ["Example:", "", "one"] }, { lines: ["Example:", "", "two"] }, { lines: ["Other", "", "three"] }];
    expect(dropRunningLines(pages)).toBe(0);
  });

  it("finds headings set in larger type than the body, with levels by size", () => {
    const page = pageLines([
      item("1. Introduction", 72, 720, { fontSize: 17 }),
      item("1.1. What is this spec?", 72, 690, { fontSize: 14 }),
      item("Body text that fills most of the page and sets the size everybody else", 72, 670),
      item("is compared with, running on for a line or two.", 72, 658),
      item("A large pull quote that ends like a sentence, with more than eight words.", 72, 620, { fontSize: 14 }),
    ]);
    expect(headingsBySize([page])).toEqual([
      { text: "1. Introduction", level: 1 },
      { text: "1.1. What is this spec?", level: 2 },
    ]);
  });
});

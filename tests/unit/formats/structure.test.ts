import { applyDeclaredHeadings } from "@/lib/formats/structure";
import { parseImportReport, reportItems } from "@/lib/formats/report";
import type { Paragraph } from "@/lib/text";

function paragraphsOf(text: string, kinds: Paragraph["kind"][]): Paragraph[] {
  let at = 0;
  return text.split("\n\n").map((part, i) => {
    const p = { start: at, end: at + part.length, kind: kinds[i] ?? "paragraph" };
    at += part.length + 2;
    return p;
  });
}

describe("declared headings", () => {
  const text = "Why it matters\n\nBody text.\n\nKey Findings\n\nMore body.\n\nWhy it matters\n\n[1] A note.";
  const paragraphs = paragraphsOf(text, ["paragraph", "paragraph", "heading", "paragraph", "paragraph", "footnote"]);

  it("marks the declared headings in order with their levels and unmarks shape-based guesses", () => {
    const { paragraphs: marked, matched } = applyDeclaredHeadings(text, paragraphs, [
      { text: "Why it matters", level: 2 },
      { text: "Why  it matters[1]", level: 3 },
    ]);
    expect(matched).toBe(2);
    expect(marked.map((p) => [p.kind, p.level])).toEqual([
      ["heading", 2],
      ["paragraph", undefined],
      ["paragraph", undefined],
      ["paragraph", undefined],
      ["heading", 3],
      ["footnote", undefined],
    ]);
  });

  it("skips a declared heading it cannot find instead of matching it far away", () => {
    const { paragraphs: marked, matched } = applyDeclaredHeadings(text, paragraphs, [{ text: "Not in the text", level: 1 }, { text: "Why it matters", level: 1 }]);
    expect(matched).toBe(1);
    expect(marked[0]).toMatchObject({ kind: "heading", level: 1 });
  });
});

describe("import reports", () => {
  it("reads reports stored before formats existed as plain-text imports", () => {
    expect(parseImportReport('{"linesJoined":3,"wordsRejoined":1}')).toEqual({
      linesJoined: 3,
      wordsRejoined: 1,
      hyphenatedKept: 0,
      footnoteMarksSeparated: 0,
      headersDropped: 0,
      pageNumbersDropped: 0,
      blankLinesCollapsed: 0,
      format: "txt",
      headings: 0,
    });
    expect(parseImportReport("not json").format).toBe("txt");
  });

  it("lists only what happened, with singular and plural labels", () => {
    const report = parseImportReport('{"format":"pdf","pages":1,"linesJoined":12,"headersDropped":1,"headings":2}');
    expect(reportItems(report).map((i) => `${i.count} ${i.label}`)).toEqual(["1 page read", "12 lines joined", "1 page header dropped", "2 headings kept"]);
  });
});

import { appendLineText, splitLines } from "@/lib/text/lines";
import { MappedTextBuilder, originalPositionAt } from "@/lib/text/mapped-text";

function render(original: string, lineIndex = 0) {
  const line = splitLines(original)[lineIndex];
  if (!line) throw new Error("no such line");
  const builder = new MappedTextBuilder();
  appendLineText(builder, original, line);
  return builder.build();
}

describe("splitLines", () => {
  it("splits on \\n, \\r\\n and \\r and keeps each line's offsets", () => {
    const original = "first\r\nsecond\rthird\nfourth";
    const lines = splitLines(original);
    expect(lines.map((l) => l.text)).toEqual(["first", "second", "third", "fourth"]);
    for (const line of lines) expect(original.slice(line.textStart, line.textEnd)).toBe(line.text);
  });

  it("trims surrounding whitespace but remembers that the line was indented", () => {
    const [line] = splitLines("  page starts here \t");
    expect(line?.text).toBe("page starts here");
    expect(line?.indented).toBe(true);
  });

  it("treats a line of whitespace and zero-width characters as blank", () => {
    const lines = splitLines("a\n \u200B\t\nb");
    expect(lines.map((l) => l.blank)).toEqual([false, true, false]);
  });

  it("keeps a soft hyphen at the end of a line, which asks for the word to be rejoined", () => {
    expect(splitLines("infor\u00AD\nmation")[0]?.text).toBe("infor\u00AD");
  });
});

describe("appendLineText", () => {
  it("collapses runs of whitespace to one space", () => {
    expect(render("word\t\t and  more").text).toBe("word and more");
  });

  it("copies a lone space so that it maps back to the original space", () => {
    const mapped = render("two words");
    expect(mapped.segments).toHaveLength(1);
    expect(originalPositionAt(mapped, 3)).toBe(3);
  });

  it("shows a symbol-font bullet from a PDF as a bullet", () => {
    const mapped = render("\uF0B7 The pump was replaced.");
    expect(mapped.text).toBe("• The pump was replaced.");
    expect(originalPositionAt(mapped, 0)).toBe(0);
  });

  it("drops zero-width characters and soft hyphens inside the line", () => {
    expect(render("co\u200Bop\u00ADera\uFEFFtive").text).toBe("cooperative");
  });
});

import { buildOutline } from "@/lib/reader/outline";
import { estimateSectionHeight, sectionAt, splitSections } from "@/lib/reader/sections";

function layout(parts: [kind: string, text: string, level?: number][]) {
  let at = 0;
  const paragraphs = parts.map(([kind, text, level]) => {
    const p = { start: at, end: at + text.length, kind, ...(level !== undefined ? { level } : {}) };
    at += text.length + 2;
    return p;
  });
  return { text: parts.map(([, text]) => text).join("\n\n"), paragraphs };
}

describe("the outline of a text", () => {
  it("joins a chapter label and its title into one top-level entry and nests the chapter's headings", () => {
    const { text, paragraphs } = layout([
      ["heading", "Preface"],
      ["paragraph", "Words."],
      ["heading", "CHAPTER ONE"],
      ["heading", "Defining Issues in Leninist Systems"],
      ["paragraph", "Words."],
      ["heading", "The New Elite"],
      ["paragraph", "Words."],
    ]);
    expect(buildOutline(text, paragraphs).map((e) => [e.level, e.label, e.paragraph])).toEqual([
      [1, "Preface", 0],
      [1, "Chapter One: Defining Issues in Leninist Systems", 2],
      [2, "The New Elite", 5],
    ]);
  });

  it("uses declared levels, counting from the highest present", () => {
    const { text, paragraphs } = layout([
      ["heading", "Part", 2],
      ["paragraph", "Words."],
      ["heading", "Detail", 3],
    ]);
    expect(buildOutline(text, paragraphs).map((e) => [e.level, e.label])).toEqual([
      [1, "Part"],
      [2, "Detail"],
    ]);
  });
});

describe("reader sections", () => {
  const { paragraphs } = layout([
    ["heading", "CHAPTER ONE"],
    ["heading", "Title"],
    ["paragraph", "x".repeat(50)],
    ["paragraph", "x".repeat(50)],
    ["paragraph", "x".repeat(50)],
    ["heading", "Next"],
    ["paragraph", "x".repeat(10)],
  ]);

  it("starts a section at each heading run and splits long stretches at paragraph boundaries", () => {
    const sections = splitSections(paragraphs, 80);
    expect(sections.map((s) => [s.first, s.end])).toEqual([
      [0, 4],
      [4, 5],
      [5, 7],
    ]);
    expect(sections[0]!.id).toBe(`s${paragraphs[0]!.start}`);
  });

  it("finds the section holding an offset, and estimates heights from text length", () => {
    const sections = splitSections(paragraphs, 80);
    expect(sectionAt(sections, paragraphs, paragraphs[4]!.start + 3)).toBe(1);
    expect(sectionAt(sections, paragraphs, paragraphs[6]!.end)).toBe(2);
    const short = estimateSectionHeight(paragraphs, sections[1]!, { charsPerLine: 25, lineHeight: 30, paragraphGap: 10 });
    expect(short).toBe(2 * 30 + 10);
  });
});

import { normalizeText, toOriginalRange, type NormalizedText } from "@/lib/text";
import { DOUBLE_SPACED_ESSAY } from "../../fixtures/text/double-spaced-essay";
import { WEB_ESSAY } from "../../fixtures/text/web-essay";
import { WEB_STUDY_TEXT } from "../../fixtures/text/web-study-text";
import { WRAPPED_MONOGRAPH } from "../../fixtures/text/wrapped-monograph";

const paragraphTexts = (result: NormalizedText) => result.paragraphs.map((p) => result.text.slice(p.start, p.end));
const ofKind = (result: NormalizedText, kind: string) =>
  result.paragraphs.filter((p) => p.kind === kind).map((p) => result.text.slice(p.start, p.end));

/** The shape every result must have, whatever the input. */
function expectWellFormed(result: NormalizedText, original: string): void {
  const { text, paragraphs, offsets } = result;
  expect(text).toBe(text.trim());
  expect(text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]| {2}|\t/);
  expect(paragraphs.map((p) => text.slice(p.start, p.end)).join("\n\n")).toBe(text);
  for (const [norm, orig, length] of offsets.runs) {
    expect(text.slice(norm, norm + length)).toBe(original.slice(orig, orig + length));
  }
}

describe("normalizeText on a single-spaced wrapped book", () => {
  const result = normalizeText(WRAPPED_MONOGRAPH);

  it("produces well-formed paragraphs whose copied text maps back to the original", () => {
    expectWellFormed(result, WRAPPED_MONOGRAPH);
  });

  it("re-joins words split across line ends with the hyphen dropped", () => {
    expect(result.text).toContain("Some of the interviews were recorded");
    expect(result.text).toContain("the conservatism of the masters");
    expect(result.text).toContain("it was apparent to all of them");
    expect(result.report.wordsRejoined).toBe(3);
  });

  it("keeps real compounds and suspended hyphens", () => {
    expect(result.text).toContain("the co-ownership of ovens");
    expect(result.text).toContain("both first- and second-generation bakers");
    expect(result.report.hyphenatedKept).toBe(2);
  });

  it("takes glued footnote numbers out and records where they stood", () => {
    expect(result.text).toContain("before the mills closed. The interviews");
    expect(result.text).toContain('a single rate for the town." The journeymen');
    expect(result.footnoteRefs.map((ref) => ref.label)).toEqual(["1", "2"]);
    for (const ref of result.footnoteRefs) {
      expect(WRAPPED_MONOGRAPH.slice(ref.originalStart, ref.originalEnd)).toBe(ref.label);
    }
    const first = result.footnoteRefs[0];
    expect(result.text.slice((first?.at ?? 0) - 7, first?.at)).toBe("closed.");
  });

  it("leaves years, decimals, chapter numbers and numbers in parentheses alone", () => {
    expect(result.text).toContain("In 1987 the guild");
    expect(result.text).toContain("1.5 million loaves");
    expect(result.text).toContain("three halls (1) on the river. As Chapter 1 shows");
  });

  it("makes the notes at the foot of the page footnote paragraphs", () => {
    expect(ofKind(result, "footnote")).toEqual(["1 Town records, Register of Mills, 14.", '2 Minutes of the guild hall, "Autumn Rates," 3-5.']);
  });

  it("drops page numbers and running headers and counts them", () => {
    expect(paragraphTexts(result)).not.toContain("Bread and Wages");
    expect(paragraphTexts(result)).not.toContain("4");
    expect(result.report.pageNumbersDropped).toBe(3);
    expect(result.report.headersDropped).toBe(2);
    expect(result.text).toContain("stood cold on the busiest days; their places were filled");
  });

  it("marks chapter headings as headings", () => {
    expect(ofKind(result, "heading")).toEqual(["Preface", "CHAPTER ONE", "Bread and Wages in the Old Town", "Conclusion"]);
  });
});

describe("normalizeText on a double-spaced typescript", () => {
  const result = normalizeText(DOUBLE_SPACED_ESSAY);

  it("produces well-formed paragraphs whose copied text maps back to the original", () => {
    expectWellFormed(result, DOUBLE_SPACED_ESSAY);
  });

  it("rebuilds paragraphs from lines that each had a blank line after them", () => {
    expect(result.text).toContain(
      "The water cooperative of Alder Creek was founded by the families along the valley road, and for twenty years",
    );
    // 23 body lines make 8 paragraphs (one of them cut in two by a page of notes).
    expect(ofKind(result, "paragraph")).toHaveLength(8);
    expect(result.report.blankLinesCollapsed).toBeGreaterThan(10);
  });

  it("separates * and † marks and keeps their notes as footnotes", () => {
    expect(result.text).toContain("laid pipe across three farms. Nobody was paid");
    expect(result.text).toContain("a share in the new well and a vote");
    expect(result.footnoteRefs.map((ref) => ref.label)).toEqual(["*", "†"]);
    expect(ofKind(result, "footnote")).toContain("* The ledger survives in the library of the valley school.");
  });

  it("shows symbol-font bullets as bullets", () => {
    expect(paragraphTexts(result)).toContain("• The county would not lend its spare pump.");
  });
});

describe("normalizeText on web text", () => {
  it("keeps one paragraph per line and takes out bracketed endnote marks and empty link brackets", () => {
    const result = normalizeText(WEB_ESSAY);
    expectWellFormed(result, WEB_ESSAY);
    expect(result.text).not.toMatch(/\w\.\[\d\]/);
    expect(result.text).not.toContain("[]");
    expect(result.text).toContain("has lost its defenders. In its place");
    expect(result.footnoteRefs.map((ref) => ref.label)).toEqual(["1", "2", "3"]);
    expect(ofKind(result, "footnote")).toEqual([
      "[1] See the county report on the drought, which lists the farms that ran dry.",
      "[2] The cooperative's ledgers are kept in the valley school.",
      "[3] Minutes of the spring meeting, third year.",
    ]);
    expect(ofKind(result, "heading")).toEqual(["Sharing by Rule"]);
    expect(result.report.linesJoined).toBe(0);
  });

  it("keeps the lines of a quoted poem as separate short paragraphs", () => {
    const result = normalizeText(WEB_STUDY_TEXT);
    expectWellFormed(result, WEB_STUDY_TEXT);
    const texts = paragraphTexts(result);
    const poem = texts.indexOf("Who dug the well?");
    expect(texts.slice(poem, poem + 4)).toEqual(["Who dug the well?", "The families did.", "Who laid the pipe", "Across the farms?"]);
    expect(texts).toContain("• A short account of how a cooperative reaches decisions that its members will carry out willingly rather than under protest or by habit.");
  });
});

describe("normalizeText on small inputs", () => {
  it("returns nothing for empty or blank input", () => {
    for (const input of ["", "   ", "\n\n\t\n"]) {
      const result = normalizeText(input);
      expect(result.text).toBe("");
      expect(result.paragraphs).toEqual([]);
      expect(result.offsets.runs).toEqual([]);
    }
  });

  it("gives the same text for Windows and Unix line endings", () => {
    expect(normalizeText(WRAPPED_MONOGRAPH.replace(/\n/g, "\r\n")).text).toBe(normalizeText(WRAPPED_MONOGRAPH).text);
  });

  it("counts surplus blank lines between paragraphs as collapsed", () => {
    const result = normalizeText("The first paragraph ends here.\n\n\n\nThe second one follows it.");
    expect(result.text).toBe("The first paragraph ends here.\n\nThe second one follows it.");
    expect(result.report.blankLinesCollapsed).toBe(2);
  });

  it("maps each paragraph back to the original stretch it came from", () => {
    const result = normalizeText(WRAPPED_MONOGRAPH);
    const conclusion = result.paragraphs[result.paragraphs.length - 1];
    const range = toOriginalRange(result.offsets, conclusion?.start ?? 0, conclusion?.end ?? 0);
    expect(WRAPPED_MONOGRAPH.slice(range.start, range.end)).toBe("The guild lasted as long as the masters were willing to share it.");
  });
});

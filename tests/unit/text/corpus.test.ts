import * as fs from "fs";
import * as path from "path";
import { normalizeText, toOriginalOffset, type NormalizedText } from "@/lib/text";

/**
 * The four source texts the product is built around, read from the shared corpus (never copied
 * into the project). The facts checked here were verified by reading the raw files; the quoted
 * phrases are a few words long, just enough to locate them.
 */
const CORPUS_DIR = path.resolve(__dirname, "../../../../shared/corpus");
const available = fs.existsSync(CORPUS_DIR);
if (!available) console.warn(`Corpus tests skipped: ${CORPUS_DIR} does not exist.`);
const describeCorpus = available ? describe : describe.skip;

function load(prefix: string): string {
  const file = fs.readdirSync(CORPUS_DIR).find((name) => name.startsWith(prefix) && name.endsWith(".txt"));
  if (!file) throw new Error(`No corpus file starting with ${prefix}`);
  return fs.readFileSync(path.join(CORPUS_DIR, file), "utf8");
}

const texts = (result: NormalizedText, kind?: string) =>
  result.paragraphs.filter((p) => !kind || p.kind === kind).map((p) => result.text.slice(p.start, p.end));

function expectFaithfulMap(result: NormalizedText, original: string): void {
  const { text, offsets } = result;
  let mismatches = 0;
  for (const [norm, orig, length] of offsets.runs) {
    if (text.slice(norm, norm + length) !== original.slice(orig, orig + length)) mismatches++;
  }
  expect(mismatches).toBe(0);
  let previous = 0;
  let backwards = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    const mapped = toOriginalOffset(offsets, offset);
    if (mapped < previous) backwards++;
    previous = mapped;
  }
  expect(backwards).toBe(0);
  expect(text).not.toMatch(/\n{3,}| {2}|^\s|\s$/);
}

describeCorpus("corpus: Meaney monograph (hard-wrapped, split words, page headers)", () => {
  let original = "";
  let result: NormalizedText;
  beforeAll(() => {
    original = load("001_");
    const started = performance.now();
    result = normalizeText(original);
    const elapsed = performance.now() - started;
    console.log(`normalizeText on ${Math.round(original.length / 1024)} KB took ${elapsed.toFixed(0)} ms`);
  });

  it("maps every run back to the original and stays monotone", () => {
    expectFaithfulMap(result, original);
  });

  it("re-joins words the extractor split without a hyphen", () => {
    expect(original).toContain("inter\nviews with");
    expect(result.text).toContain("interviews with emigres");
    expect(result.text).toContain("conservatism incarnate");
    expect(result.text).toContain("an apparent setback");
    expect(result.report.wordsRejoined).toBeGreaterThan(1000);
  });

  it("keeps co-optation and the suspended hyphen of first- and second-generation", () => {
    expect(result.text).toContain("elite co-optation is linked");
    expect(result.text).toContain("first- and second-generation elites");
  });

  it("drops the running headers and page numbers", () => {
    const all = texts(result);
    for (const header of ["Stalinism", "Defining Issues", "Maoism", "The Unintegrated Elite", "152", "130", "19"]) {
      expect(all).not.toContain(header);
    }
    expect(result.report.headersDropped).toBe(7);
    expect(result.report.pageNumbersDropped).toBe(7);
  });

  it("keeps the real section headings that share a name with a running header", () => {
    expect(texts(result, "heading").filter((t) => t === "Conclusion")).toHaveLength(5);
    expect(texts(result, "heading")).toEqual(expect.arrayContaining(["Preface", "Introduction", "CHAPTER ONE", "CHAPTER SIX"]));
  });

  it("separates a footnote number glued to a word and keeps the note as a footnote paragraph", () => {
    const ref = result.footnoteRefs.find((r) => result.text.slice(r.at - 10, r.at) === "Gorbachev.");
    expect(ref?.label).toBe("3");
    expect(original.slice((ref?.originalStart ?? 0) - 10, ref?.originalEnd)).toBe("Gorbachev.3");
    expect(result.text).toContain("Gorbachev. The denouement");
    expect(texts(result, "footnote")).toContain("3 Elizabeth Pond, From the Yaroslavsky Station, 25.");
  });
});

describeCorpus("corpus: Engst essay (double-spaced PDF)", () => {
  let original = "";
  let result: NormalizedText;
  beforeAll(() => {
    original = load("000_");
    result = normalizeText(original);
  });

  it("maps every run back to the original and stays monotone", () => {
    expectFaithfulMap(result, original);
  });

  it("rebuilds paragraphs from lines that each had a blank line after them", () => {
    const rawLines = original.split("\n").filter((line) => line.trim()).length;
    expect(result.paragraphs.length).toBeLessThan(rawLines / 4);
    // This sentence runs over three raw lines with blank lines between them.
    const sentence = "It enabled the working class and its allies to supervise the existing power structure at all levels of society and defend its socialist nature.";
    expect(texts(result).filter((t) => t.includes(sentence))).toHaveLength(1);
  });

  it("carries a sentence on across a dropped page number", () => {
    expect(result.text).toContain("The reason that he was able to take advantage");
    expect(result.report.pageNumbersDropped).toBe(1);
  });

  it("separates the * and † marks and keeps their notes as footnotes", () => {
    expect(result.text).toContain("in the Party. These independent");
    expect(result.footnoteRefs.map((r) => r.label)).toEqual(expect.arrayContaining(["*", "†"]));
    expect(texts(result, "footnote").every((t) => t.startsWith("*") || t.startsWith("†"))).toBe(true);
  });

  it("finds the section headings", () => {
    expect(texts(result, "heading")).toEqual(expect.arrayContaining(["Democratic Centralism", "Conclusions"]));
  });
});

describeCorpus("corpus: Mass Line study text (web, one paragraph per line)", () => {
  let original = "";
  let result: NormalizedText;
  beforeAll(() => {
    original = load("002_");
    result = normalizeText(original);
  });

  it("maps every run back to the original and stays monotone", () => {
    expectFaithfulMap(result, original);
  });

  it("keeps the quoted poem's lines apart from the prose", () => {
    expect(texts(result)).toEqual(expect.arrayContaining(["Young Alexander conquered India.", "He alone?"]));
    expect(result.report.linesJoined).toBe(0);
  });

  it("takes out the bracketed note numbers", () => {
    expect(result.text).toContain("nucleus of leadership. The criteria");
    expect(result.footnoteRefs.map((r) => r.label)).toEqual(["1", "2"]);
  });
});

describeCorpus("corpus: Post essay (web, endnotes)", () => {
  let original = "";
  let result: NormalizedText;
  beforeAll(() => {
    original = load("004_");
    result = normalizeText(original);
  });

  it("maps every run back to the original and stays monotone", () => {
    expectFaithfulMap(result, original);
  });

  it("has no endnote marks or empty link brackets left in the running text", () => {
    expect(texts(result, "paragraph").join("\n")).not.toMatch(/\[\d+\]/);
    expect(result.text).not.toContain("[]");
    expect(result.footnoteRefs.map((r) => r.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it("makes the endnotes footnote paragraphs", () => {
    const notes = texts(result, "footnote");
    expect(notes).toHaveLength(8);
    expect(notes.every((note, i) => note.startsWith(`[${i + 1}]`))).toBe(true);
  });
});

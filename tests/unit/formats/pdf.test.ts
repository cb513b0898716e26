import { extractText, prepareSource } from "@/lib/formats";
import { buildPdf, layOutBook } from "../../support/fixtures/pdf";

const LIMITS = { maxTextBytes: 5 * 1024 * 1024, maxDocumentBytes: 20 * 1024 * 1024 };

// Long enough to fill four pages at 40 lines, so the running header repeats as it does in a book.
const CHAPTER = [
  "# Mass Organizations and the State",
  ...Array.from({ length: 14 }, (_, i) =>
    [
      `Section ${i + 1} of the argument holds that the independent organizations of workers gave them a voice the party could not silence.`,
      "Their independence from the party committees was the decisive innovation of the period, and the organizations' independence was",
      "what the later reforms undid, leaving the workers without the means to check the managers who ran the enterprises in their name.",
    ].join(" "),
  ),
];

describe("PDF extraction with pdf.js", () => {
  it("reads a multi-page book into clean paragraphs: split words re-joined, headers and page numbers dropped, heading kept", async () => {
    const pdf = buildPdf(layOutBook(CHAPTER, { runningHeader: "Independent Mass Organizations", pageNumbers: true, linesPerPage: 30 }), { title: "On Mass Organizations", author: "Fred Engst" });
    const result = await prepareSource({ bytes: pdf, fileName: "engst.pdf" }, LIMITS);
    if (!result.ok) throw new Error(result.message);
    const { normalized, report, paragraphs, metadata, originalText } = result.value;

    expect(report.format).toBe("pdf");
    expect(report.pages).toBeGreaterThanOrEqual(4);
    // Pages after the first start with a form feed in the extracted text the offsets point into.
    expect(originalText.split("\f")).toHaveLength(report.pages!);
    expect(normalized.text).not.toContain("Independent Mass Organizations");
    expect(report.headersDropped).toBeGreaterThanOrEqual(3);
    expect(report.pageNumbersDropped).toBeGreaterThanOrEqual(3);
    expect(report.wordsRejoined).toBeGreaterThan(0);
    expect(normalized.text).not.toMatch(/indepen- ?dence|organi- ?zations|par- ?ty/);
    expect(normalized.text).not.toMatch(/\n\d+\n/);

    const texts = paragraphs.map((p) => normalized.text.slice(p.start, p.end));
    expect(paragraphs[0]).toMatchObject({ kind: "heading" });
    expect(texts[0]).toBe("Mass Organizations and the State");
    // Every section is one paragraph, also the ones running across a page break.
    const body = texts.filter((t) => t.startsWith("Section "));
    expect(body).toHaveLength(14);
    for (const text of body) expect(text).toMatch(/^Section \d+ of the argument .* in their name\.$/);
    expect(metadata).toEqual({ title: "On Mass Organizations", author: "Fred Engst" });
  }, 60_000);

  it("separates a raised footnote mark from its word and keeps the note out of the running text", async () => {
    const pdf = buildPdf([
      {
        lines: [
          { x: 72, y: 700, text: "The mass line was the method of leadership the party claimed for itself." },
          { x: 72, y: 685, text: [{ text: "It was never written down as a rule" }, { text: "1", size: 7, rise: 4 }, { text: " and so stayed open to dispute." }] },
          { x: 72, y: 120, size: 8, text: "1 Mao Zedong, Some Questions Concerning Methods of Leadership, 1943." },
        ],
      },
    ]);
    const result = await prepareSource({ bytes: pdf }, LIMITS);
    if (!result.ok) throw new Error(result.message);
    const { normalized, paragraphs } = result.value;
    expect(normalized.text).toContain("written down as a rule and so stayed open");
    expect(normalized.footnoteRefs.map((f) => f.label)).toEqual(["1"]);
    expect(paragraphs.at(-1)?.kind).toBe("footnote");
  }, 60_000);

  it("joins the lines of a paragraph even in a PDF that is mostly short lines, such as a manual", async () => {
    const lines = [
      "The installer copies the database into the shared folder and then runs the",
      "update tool, which rebuilds the cache for every application on the system.",
      ...["• mime.cache", "• globs", "• magic", "• subclasses", "• aliases", "• icons", "• types", "• XMLnamespaces"],
    ].map((text, i) => ({ x: 72, y: 700 - 14 * i - (i >= 2 ? 10 : 0), text }));
    const result = await prepareSource({ bytes: buildPdf([{ lines }]) }, LIMITS);
    if (!result.ok) throw new Error(result.message);
    const texts = result.value.paragraphs.map((p) => result.value.normalized.text.slice(p.start, p.end));
    expect(texts[0]).toBe("The installer copies the database into the shared folder and then runs the update tool, which rebuilds the cache for every application on the system.");
    expect(texts.slice(1)).toEqual(["• mime.cache", "• globs", "• magic", "• subclasses", "• aliases", "• icons", "• types", "• XMLnamespaces"]);
  }, 60_000);

  it("takes lines in larger type for the headings, and then trusts them over guesses from the shape of a line", async () => {
    const body = (y: number, text: string) => ({ x: 72, y, text, size: 10 });
    const pdf = buildPdf([
      {
        lines: [
          { x: 72, y: 720, size: 16, text: "1. Why the cache exists" },
          body(696, "Programs look up the type of a file many times a second, and parsing the"),
          body(684, "XML database each time would be far too slow for that."),
          { x: 72, y: 650, size: 13, text: "1.1. What is in it" },
          body(626, "The cache holds the globs, the magic rules and the aliases, each in a"),
          body(614, "table of its own that starts with the table below."),
          body(590, "ALIASLIST CARD32 OFFSET"),
          body(566, "Each entry is eight bytes long: the offset of the alias and the offset"),
          body(554, "of the type it stands for."),
        ],
      },
    ]);
    const result = await prepareSource({ bytes: pdf }, LIMITS);
    if (!result.ok) throw new Error(result.message);
    const { normalized, paragraphs } = result.value;
    const shown = paragraphs.map((p) => [p.kind, p.level ?? null, normalized.text.slice(p.start, p.end)]);
    expect(shown.filter(([kind]) => kind === "heading")).toEqual([
      // Sentence case: lib/text alone would not call these headings.
      ["heading", 1, "1. Why the cache exists"],
      ["heading", 2, "1.1. What is in it"],
    ]);
    // All capitals in the body size: lib/text would guess a heading; the type size says no.
    expect(shown).toContainEqual(["paragraph", null, "ALIASLIST CARD32 OFFSET"]);
  }, 60_000);

  it("refuses a password-protected PDF with a message that says so", async () => {
    const pdf = buildPdf(layOutBook(CHAPTER.slice(0, 3)), { password: true });
    const result = await extractText({ bytes: pdf, fileName: "locked.pdf" }, LIMITS);
    expect(result).toEqual({ ok: false, code: "ENCRYPTED", message: expect.stringMatching(/^This PDF is password-protected/) });
  }, 60_000);

  it("refuses a scanned PDF, whose pages hold pictures and no text", async () => {
    const result = await extractText({ bytes: buildPdf([{ lines: [], picture: true }, { lines: [], picture: true }]) }, LIMITS);
    expect(result).toMatchObject({ ok: false, code: "NO_TEXT", message: expect.stringMatching(/no text layer/) });
  }, 60_000);

  it("refuses a damaged PDF", async () => {
    const damaged = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF");
    expect(await extractText({ bytes: damaged, fileName: "broken.pdf" }, LIMITS)).toMatchObject({ ok: false, code: "MALFORMED", message: expect.stringMatching(/damaged/) });
  }, 60_000);

  it("stops reading once the text passes the text limit, even though the file is within the file limit", async () => {
    const pdf = buildPdf(layOutBook(CHAPTER));
    const result = await extractText({ bytes: pdf }, { maxTextBytes: 3000, maxDocumentBytes: LIMITS.maxDocumentBytes });
    expect(result).toMatchObject({ ok: false, code: "TOO_LARGE", message: expect.stringMatching(/limit/) });
  }, 60_000);
});

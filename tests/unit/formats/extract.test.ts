import { extractText, prepareSource } from "@/lib/formats";
import { buildPdf } from "../../support/fixtures/pdf";

const LIMITS = { maxTextBytes: 1000, maxDocumentBytes: 8000 };
const bytes = (text: string) => new TextEncoder().encode(text);

describe("the format dispatcher", () => {
  it("refuses a text file over the text limit, and a PDF over the document limit, naming the limit", async () => {
    expect(await extractText({ bytes: bytes("word ".repeat(500)), fileName: "long.txt" }, LIMITS)).toMatchObject({
      ok: false,
      code: "TOO_LARGE",
      message: "The file is 2.4 KB; the limit for plain text files is 1000 bytes.",
    });
    const pdf = buildPdf(Array.from({ length: 40 }, (_, i) => ({ lines: [{ x: 72, y: 700, text: `Page ${i + 1} says something.` }] })));
    expect(pdf.byteLength).toBeGreaterThan(LIMITS.maxDocumentBytes);
    expect(await extractText({ bytes: pdf, fileName: "big.pdf" }, LIMITS)).toMatchObject({ ok: false, code: "TOO_LARGE", message: expect.stringMatching(/limit for PDF files is 7\.8 KB/) });
  });

  it("lets a PDF be larger than a text file may be", async () => {
    const lines = Array.from({ length: 6 }, (_, i) => ({ x: 72, y: 700 - 14 * i, text: `Line ${i + 1} of a short PDF.` }));
    const pdf = buildPdf([{ lines }]);
    expect(pdf.byteLength).toBeGreaterThan(LIMITS.maxTextBytes);
    const result = await extractText({ bytes: pdf, fileName: "short.pdf" }, LIMITS);
    expect(result).toMatchObject({ ok: true, value: { format: "pdf", text: lines.map((l) => `${l.text}\n`).join("") } });
  }, 60_000);

  it("reads pasted text as plain text unless told it is Markdown, and refuses pasted PDF", async () => {
    expect(await extractText({ text: "# Heading\n\nBody." }, LIMITS)).toMatchObject({ ok: true, value: { format: "txt", text: "# Heading\n\nBody." } });
    expect(await extractText({ text: "# Heading\n\nBody.", format: "md" }, LIMITS)).toMatchObject({ ok: true, value: { format: "md", text: "Heading\n\nBody.\n" } });
    expect(await extractText({ text: "x", format: "pdf" }, LIMITS)).toMatchObject({ ok: false, code: "UNSUPPORTED" });
  });

  it("keeps the existing checks for text: empty, binary, not UTF-8", async () => {
    expect(await extractText({ text: "  \n " }, LIMITS)).toMatchObject({ ok: false, code: "EMPTY" });
    expect(await extractText({ bytes: new Uint8Array([0x41, 0x00, 0x42]), fileName: "x.txt" }, LIMITS)).toMatchObject({ ok: false, code: "BINARY" });
    expect(await extractText({ bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9]), fileName: "x.md" }, LIMITS)).toMatchObject({ ok: false, code: "NOT_UTF8" });
  });

  it("refuses a file whose extracted text is empty once markup is stripped", async () => {
    expect(await extractText({ text: "<!-- nothing -->\n\n---\n", format: "md" }, LIMITS)).toMatchObject({ ok: false, code: "EMPTY" });
  });

  it("runs the whole pipeline: a plain-text file keeps lib/text's own heading guess and reports its format", async () => {
    const result = await prepareSource({ bytes: bytes("Introduction\n\nThe state serves the class that holds power.\n"), fileName: "a.txt" }, LIMITS);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.paragraphs.map((p) => p.kind)).toEqual(["heading", "paragraph"]);
    expect(result.value.report).toMatchObject({ format: "txt", headings: 1 });
    expect(result.value.originalText).toBe("Introduction\n\nThe state serves the class that holds power.\n");
  });
});

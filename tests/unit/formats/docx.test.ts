import { extractText, prepareSource } from "@/lib/formats";
import { buildDocx, docxParts } from "../../support/fixtures/docx";
import { buildZip } from "../../support/fixtures/zip";

const LIMITS = { maxTextBytes: 5 * 1024 * 1024, maxDocumentBytes: 20 * 1024 * 1024 };
const MB = 1024 * 1024;

const ESSAY = {
  title: "Socialism from Below",
  author: "Charlie Post",
  paragraphs: [
    { text: "Why the Maoist model failed", style: "Heading1" },
    { text: "Mao's China was, like Stalin's USSR, a bureaucratic class society.", footnote: 1 },
    { text: "The argument in brief", style: "Heading2" },
    { text: "Only socialism from below is an alternative to both." },
  ],
  footnotes: ["See Tony Cliff, State Capitalism in Russia (1955)."],
};

describe("Word (.docx) extraction with mammoth", () => {
  it("keeps Word headings with their levels, separates footnote marks and reads title and author", async () => {
    const result = await prepareSource({ bytes: buildDocx(ESSAY), fileName: "post.docx" }, LIMITS);
    if (!result.ok) throw new Error(result.message);
    const { normalized, paragraphs, metadata, report } = result.value;
    const shown = paragraphs.map((p) => [p.kind, p.level ?? null, normalized.text.slice(p.start, p.end)]);
    expect(shown).toEqual([
      // Not title-cased, so only the declared style makes these headings.
      ["heading", 1, "Why the Maoist model failed"],
      ["paragraph", null, "Mao's China was, like Stalin's USSR, a bureaucratic class society."],
      ["heading", 2, "The argument in brief"],
      ["paragraph", null, "Only socialism from below is an alternative to both."],
      ["footnote", null, "[1] See Tony Cliff, State Capitalism in Russia (1955)."],
    ]);
    expect(normalized.footnoteRefs).toEqual([expect.objectContaining({ label: "1" })]);
    expect(metadata).toEqual({ title: "Socialism from Below", author: "Charlie Post" });
    expect(report).toMatchObject({ format: "docx", headings: 2 });
  });

  it("refuses an archive that declares more than 50 MB unpacked, before unpacking it", async () => {
    const parts = docxParts(ESSAY).map((part) => (part.name === "word/document.xml" ? { ...part, declaredUncompressedSize: 60 * MB } : part));
    const result = await extractText({ bytes: buildZip(parts), fileName: "big.docx" }, LIMITS);
    expect(result).toMatchObject({ ok: false, code: "ZIP_BOMB", message: expect.stringMatching(/unpack to 60\.\d MB; the limit is 50\.0 MB/) });
  });

  it("refuses a zip bomb: a few kilobytes of deflated zeros that unpack to megabytes", async () => {
    const bomb = [...docxParts(ESSAY), { name: "word/media/padding.bin", data: new Uint8Array(8 * MB) }];
    const bytes = buildZip(bomb);
    expect(bytes.byteLength).toBeLessThan(64 * 1024);
    const result = await extractText({ bytes, fileName: "bomb.docx" }, LIMITS);
    expect(result).toMatchObject({ ok: false, code: "ZIP_BOMB", message: expect.stringMatching(/compressed more than 100 to 1/) });
  });

  it("refuses many small entries that together are compressed more than 100 to 1", async () => {
    // Each entry stays under the 1 MB where the per-entry ratio is judged; together they do not.
    const padding = Array.from({ length: 4 }, (_, i) => ({ name: `word/media/pad${i}.bin`, data: new Uint8Array(900 * 1024) }));
    const result = await extractText({ bytes: buildZip([...docxParts(ESSAY), ...padding]), fileName: "many.docx" }, LIMITS);
    expect(result).toMatchObject({ ok: false, code: "ZIP_BOMB", message: expect.stringMatching(/100 to 1 overall/) });
  });

  it("refuses an archive whose data unpacks to more than its headers declare", async () => {
    // Declared 4 KB packed into 2 KB: an innocent ratio. The data really holds 900 KB.
    const liar = [...docxParts(ESSAY), { name: "word/media/liar.bin", data: new Uint8Array(900 * 1024), declaredUncompressedSize: 4096 }];
    const result = await extractText({ bytes: buildZip(liar), fileName: "liar.docx" }, LIMITS);
    expect(result).toMatchObject({ ok: false, code: "ZIP_BOMB", message: expect.stringMatching(/more than it declares/) });
  });

  it("refuses a damaged archive, a zip that is not a Word document, and a password-protected Word file", async () => {
    const whole = buildDocx(ESSAY);
    expect(await extractText({ bytes: whole.subarray(0, whole.byteLength - 30), fileName: "cut.docx" }, LIMITS)).toMatchObject({ ok: false, code: "MALFORMED" });
    const odt = buildZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.text", store: true }, { name: "content.xml", data: "<office:document-content/>" }]);
    expect(await extractText({ bytes: odt, fileName: "essay.odt" }, LIMITS)).toMatchObject({ ok: false, code: "UNSUPPORTED", message: expect.stringMatching(/not a Word document/) });
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await extractText({ bytes: ole, fileName: "locked.docx" }, LIMITS)).toMatchObject({ ok: false, code: "ENCRYPTED", message: expect.stringMatching(/password-protected/) });
  });

  it("refuses a Word document with no text in it", async () => {
    const result = await extractText({ bytes: buildDocx({ paragraphs: [{ text: "   " }] }), fileName: "blank.docx" }, LIMITS);
    expect(result).toMatchObject({ ok: false, code: "NO_TEXT" });
  });
});

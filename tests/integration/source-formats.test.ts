import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { getSource } from "@/lib/server/services/sources/get-source";
import { importSource } from "@/lib/server/services/sources/import-source";
import { previewSource } from "@/lib/server/services/sources/preview-source";
import { parseOffsetMap, toOriginalOffset } from "@/lib/text";
import { MAX_DOCUMENT_BYTES } from "@/lib/validation/source";
import { buildDocx, docxParts } from "../support/fixtures/docx";
import { buildPdf, layOutBook } from "../support/fixtures/pdf";
import { buildZip } from "../support/fixtures/zip";
import { makeWorkspace } from "./fixtures";

// The first PDF import in a fresh Jest cache compiles pdf.js for Jest (tests/support/esm-to-cjs.js).
jest.setTimeout(90_000);

const META = { author: "Constance Squires Meaney", title: "Stability and the Industrial Elite", year: 1988 };
const encode = (text: string) => new TextEncoder().encode(text);

const BOOK = [
  "# The Unintegrated Elite",
  ...Array.from(
    { length: 10 },
    (_, i) =>
      `Finding ${i + 1}: the managers interviewed in Hong Kong described an enterprise where the party committee overruled technical judgement, and where the campaigns against experts left the industrial elite divided and insecure.`,
  ),
];

async function sourceCount(workspaceId: string) {
  return {
    sources: await db.source.count({ where: { workspaceId } }),
    revisions: await db.sourceRevision.count({ where: { source: { workspaceId } } }),
  };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("Expected the import to be refused.");
}

describe("importing each format through the service", () => {
  it("imports a PDF: the format and page count go into the revision, offsets map into the extracted text", async () => {
    const { owner, workspace } = await makeWorkspace();
    const pdf = buildPdf(layOutBook(BOOK, { pageNumbers: true, linesPerPage: 25 }));
    const imported = await importSource(owner, workspace.id, META, { bytes: pdf, fileName: "meaney.pdf" });
    expect(imported.report).toMatchObject({ format: "pdf", pages: expect.any(Number), headings: 1 });
    const revision = await db.sourceRevision.findUniqueOrThrow({ where: { id: imported.revisionId } });
    expect(revision).toMatchObject({ format: "pdf", fileName: "meaney.pdf" });
    expect(JSON.parse(revision.report)).toMatchObject({ format: "pdf" });
    const at = revision.normalizedText.indexOf("Finding 7:");
    const original = toOriginalOffset(parseOffsetMap(revision.offsetMap), at);
    expect(revision.originalText.slice(original, original + 10)).toBe("Finding 7:");

    const source = await getSource(owner, workspace.id, imported.id);
    expect(source.report).toMatchObject({ format: "pdf", pageNumbersDropped: expect.any(Number) });
    expect(source.paragraphs.filter((p) => p.kind === "paragraph")).toHaveLength(10);
  });

  it("imports Word, Markdown and HTML files with their declared heading levels", async () => {
    const { owner, workspace } = await makeWorkspace();
    const docx = buildDocx({ paragraphs: [{ text: "Regime and society", style: "Heading2" }, { text: "The regime depended on the managers it distrusted." }] });
    const md = encode("# Notes\n\n## What the managers said\n\nThey said *very little* in public.\n");
    const article = `<html><body><nav><a href="/">Home</a></nav><article><h2>The campaigns</h2><p>${"Each campaign targeted the technical intelligentsia and the managers of industrial enterprises. ".repeat(3)}</p></article></body></html>`;
    for (const [fileName, bytes, heading, level] of [
      ["essay.docx", docx, "Regime and society", 2],
      ["notes.md", md, "What the managers said", 2],
      ["campaigns.html", encode(article), "The campaigns", 2],
    ] as const) {
      const imported = await importSource(owner, workspace.id, META, { bytes, fileName });
      const source = await getSource(owner, workspace.id, imported.id);
      const headings = source.paragraphs.filter((p) => p.kind === "heading").map((p) => [source.text.slice(p.start, p.end), p.level]);
      expect({ fileName, headings }).toEqual({ fileName, headings: expect.arrayContaining([[heading, level]]) });
      expect(source.text).not.toMatch(/[<>*#]/);
    }
    const formats = await db.sourceRevision.findMany({ where: { source: { workspaceId: workspace.id } }, select: { format: true } });
    expect(formats.map((r) => r.format).sort()).toEqual(["docx", "html", "md"]);
  });

  it.each([
    ["a password-protected PDF", () => ({ bytes: buildPdf(layOutBook(BOOK), { password: true }), fileName: "locked.pdf" }), 422, "ENCRYPTED", /password-protected/],
    ["a damaged PDF", () => ({ bytes: encode("%PDF-1.4\nnothing here"), fileName: "broken.pdf" }), 422, "MALFORMED", /damaged/],
    ["a scanned PDF", () => ({ bytes: buildPdf([{ lines: [], picture: true }]), fileName: "scan.pdf" }), 422, "NO_TEXT", /no text layer/],
    ["a web page with no article", () => ({ bytes: encode("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"), fileName: "menu.html" }), 422, "NO_ARTICLE", /No article/],
    [
      "a .docx zip bomb",
      () => ({ bytes: buildZip([...docxParts({ paragraphs: [{ text: "Hi." }] }), { name: "word/media/zeros.bin", data: new Uint8Array(4 * 1024 * 1024) }]), fileName: "bomb.docx" }),
      422,
      "ZIP_BOMB",
      /zip bomb/,
    ],
    ["a PDF over the file limit", () => ({ bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x20).fill(0x25, 0, 1).fill(0x50, 1, 2).fill(0x44, 2, 3).fill(0x46, 3, 4).fill(0x2d, 4, 5), fileName: "huge.pdf" }), 413, "TOO_LARGE", /limit for PDF files is 20\.0 MB/],
    ["an image", () => ({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), fileName: "scan.jpg" }), 415, "UNSUPPORTED", /image/],
  ])("refuses %s with a clear message and saves nothing", async (_, content, status, reason, message) => {
    const { owner, workspace } = await makeWorkspace();
    const error = await refusal(importSource(owner, workspace.id, META, content()));
    expect({ status: error.status, reason: (error.details as { reason: string }).reason }).toEqual({ status, reason });
    expect(error.message).toMatch(message);
    expect(await sourceCount(workspace.id)).toEqual({ sources: 0, revisions: 0 });
    expect(await db.activity.count({ where: { workspaceId: workspace.id, action: "imported" } })).toBe(0);
  });
});

describe("previewing an import", () => {
  it("returns the opening paragraphs, the outline and the report, and saves nothing", async () => {
    const { owner, workspace } = await makeWorkspace();
    const pdf = buildPdf(layOutBook(BOOK, { pageNumbers: true, linesPerPage: 25 }), { title: "Stability and the Industrial Elite", author: "C. S. Meaney" });
    const preview = await previewSource(owner, workspace.id, { bytes: pdf, fileName: "meaney.pdf" });
    expect(preview).toMatchObject({
      format: "pdf",
      fileName: "meaney.pdf",
      outline: [{ level: 1, text: "The Unintegrated Elite" }],
      outlineTotal: 1,
      metadata: { title: "Stability and the Industrial Elite", author: "C. S. Meaney" },
      report: { format: "pdf", pageNumbersDropped: expect.any(Number) },
    });
    expect(preview.excerpt[0]).toEqual({ kind: "heading", text: "The Unintegrated Elite" });
    expect(preview.excerpt[1]?.text).toMatch(/^Finding 1: the managers interviewed/);
    expect(preview.paragraphs).toBe(11);
    expect(await sourceCount(workspace.id)).toEqual({ sources: 0, revisions: 0 });
  });

  it("refuses what the import refuses, and callers who may not import", async () => {
    const { owner, workspace, members } = await makeWorkspace(["viewer", "commenter"]);
    const stranger = (await makeWorkspace()).owner;
    const content = { text: "Words to preview." };
    expect((await refusal(previewSource(members.viewer!, workspace.id, content))).status).toBe(403);
    expect((await refusal(previewSource(members.commenter!, workspace.id, content))).status).toBe(403);
    expect((await refusal(previewSource(stranger, workspace.id, content))).status).toBe(404);
    const locked = await refusal(previewSource(owner, workspace.id, { bytes: buildPdf(layOutBook(BOOK), { password: true }), fileName: "x.pdf" }));
    expect(locked.message).toMatch(/^This PDF is password-protected/);
  });
});

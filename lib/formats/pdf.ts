import { createRequire } from "node:module";
import path from "node:path";
import { formatBytes } from "./decode-text";
import { dropRunningLines, headingsBySize, joinPages, pageLines, type PageLines, type PdfTextItem } from "./pdf-lines";
import { FormatError, type DocumentMetadata, type ExtractedText } from "./types";

/**
 * PDF to text with Mozilla's pdf.js (the PDF engine in Firefox): it reads the text layer page by
 * page, and lib/formats/pdf-lines.ts turns the positioned text items back into lines and pages.
 * Password-protected, damaged and scanned (image-only) PDFs are refused with a message that says so.
 */

const MALFORMED = "This PDF is damaged and cannot be read. Open it in a PDF viewer and save or print it to a new PDF, then upload that.";
const ENCRYPTED = "This PDF is password-protected. Open it with its password, save a copy without protection, and upload that.";
const NO_TEXT =
  "This PDF has no text layer: it looks like scanned pages, which are pictures of text. Run it through text recognition (OCR) first, then upload the result.";

// pdf.js reads the metrics of the 14 standard PDF fonts from these files when a PDF uses them
// without embedding them; without the folder it still extracts text but warns on every font.
let standardFonts: string | null | undefined;
function standardFontDataUrl(): string | undefined {
  if (standardFonts === undefined) {
    try {
      const resolve = createRequire(path.join(process.cwd(), "package.json")).resolve;
      standardFonts = path.join(path.dirname(resolve("pdfjs-dist/package.json")), "standard_fonts") + path.sep;
    } catch {
      standardFonts = null;
    }
  }
  return standardFonts ?? undefined;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

function loadPdfJs(): Promise<PdfJs> {
  return import("pdfjs-dist/legacy/build/pdf.mjs");
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim().length > 0 ? value.trim() : undefined;
}

function toItems(content: { items: readonly object[] }): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    // Marked-content items (no `str`) carry structure tags, not text.
    if (!("str" in raw)) continue;
    const item = raw as { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    items.push({ str: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d) || item.height, hasEOL: item.hasEOL });
  }
  return items;
}

export async function extractPdf(bytes: Uint8Array, maxTextBytes: number): Promise<ExtractedText> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of the buffer it is given; the caller keeps its own.
    data: new Uint8Array(bytes),
    standardFontDataUrl: standardFontDataUrl(),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    let document: Awaited<typeof task.promise>;
    try {
      document = await task.promise;
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      if (name === "PasswordException") throw new FormatError("ENCRYPTED", ENCRYPTED);
      throw new FormatError("MALFORMED", MALFORMED);
    }

    const pages: PageLines[] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      let items: PdfTextItem[];
      try {
        const page = await document.getPage(number);
        items = toItems(await page.getTextContent());
        page.cleanup();
      } catch {
        throw new FormatError("MALFORMED", MALFORMED);
      }
      const laidOut = pageLines(items);
      pages.push(laidOut);
      // Counted in UTF-16 units, a lower bound of the UTF-8 size: enough to stop a runaway early.
      characters += laidOut.lines.reduce((sum, line) => sum + line.length + 1, 0);
      if (characters > maxTextBytes) {
        throw new FormatError("TOO_LARGE", `The text in this PDF is over ${formatBytes(maxTextBytes)} (the limit) by page ${number} of ${document.numPages}. Split the PDF and import the parts.`);
      }
    }
    const runningLinesDropped = dropRunningLines(pages);
    const text = joinPages(pages);
    if (!/[\p{L}\p{N}]/u.test(text)) throw new FormatError("NO_TEXT", NO_TEXT);

    let metadata: DocumentMetadata = {};
    try {
      const info = (await document.getMetadata()).info as Record<string, unknown>;
      const title = textOf(info.Title);
      const author = textOf(info.Author);
      metadata = { ...(title ? { title } : {}), ...(author ? { author } : {}) };
    } catch {
      // Metadata only pre-fills the form; a PDF without readable metadata imports all the same.
    }
    return { format: "pdf", text, headings: headingsBySize(pages), headingsBySize: true, metadata, pages: document.numPages, runningLinesDropped };
  } finally {
    await task.destroy();
  }
}

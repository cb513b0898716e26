import { withHtmlDocument } from "./dom";
import { renderHtmlBlocks } from "./html-blocks";
import { FormatError, type DocumentMetadata, type ExtractedText } from "./types";
import { checkDeclaredSizes, DOCX_ZIP_LIMITS, readEntry, readZipDirectory, verifyEntrySizes, type ZipEntry } from "./zip";

/**
 * Word (.docx) to text with mammoth, which reads the document's own structure (paragraph styles,
 * lists, footnotes) rather than its looks: "Heading 1" becomes a heading, footnotes come out as
 * numbered notes at the end. The archive is checked for zip bombs before mammoth unpacks anything.
 */

const DOCUMENT_PART = "word/document.xml";

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? "")
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) => String.fromCodePoint(code.startsWith("x") || code.startsWith("X") ? parseInt(code.slice(1), 16) : Number(code)))
    .trim();
}

/** Title and author from docProps/core.xml, when Word filled them in. */
function coreMetadata(bytes: Uint8Array, entries: readonly ZipEntry[]): DocumentMetadata {
  const core = entries.find((entry) => entry.name === "docProps/core.xml");
  if (!core) return {};
  const xml = new TextDecoder("utf-8").decode(readEntry(bytes, core));
  const title = decodeXmlText(/<dc:title>([^<]*)<\/dc:title>/.exec(xml)?.[1] ?? "");
  const author = decodeXmlText(/<dc:creator>([^<]*)<\/dc:creator>/.exec(xml)?.[1] ?? "");
  return { ...(title ? { title } : {}), ...(author ? { author } : {}) };
}

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  const entries = readZipDirectory(bytes);
  checkDeclaredSizes(entries, DOCX_ZIP_LIMITS);
  if (!entries.some((entry) => entry.name === DOCUMENT_PART)) {
    throw new FormatError(
      "UNSUPPORTED",
      "This is a zip archive but not a Word document (.docx). OpenDocument (.odt) and e-book (.epub) files cannot be read: save the text as .docx or PDF and upload that.",
    );
  }
  verifyEntrySizes(bytes, entries);

  const { default: mammoth } = await import("mammoth");
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no text; leaving them out keeps mammoth from inlining them as base64.
      { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch {
    throw new FormatError("MALFORMED", "This Word document is damaged and its text cannot be read. Open it in Word and save it again, or save it as PDF.");
  }
  const rendered = await withHtmlDocument(`<body>${html}</body>`, (document) => renderHtmlBlocks(document.body));
  if (!/[\p{L}\p{N}]/u.test(rendered.text)) {
    throw new FormatError("NO_TEXT", "This Word document contains no text (only images or empty pages).");
  }
  return { format: "docx", text: rendered.text, headings: rendered.headings, metadata: coreMetadata(bytes, entries) };
}

import { FORMAT_LABELS, isDocumentFormat } from "./accepted";
import { checkText, decodeText, formatBytes } from "./decode-text";
import { detectFormat } from "./detect";
import { extractDocx } from "./docx";
import { decodeHtml, extractHtml } from "./html";
import { extractMarkdown } from "./markdown";
import { extractPdf } from "./pdf";
import { FormatError, type ExtractedText, type ExtractionLimits, type ExtractionResult, type SourceFormat } from "./types";

/**
 * The dispatcher: which format a file is, whether it is within the limits, and its text. Every
 * refusal is a typed failure with a message for the person importing; nothing here saves anything.
 */

/** An uploaded file, or text typed or pasted in. `format` overrides detection (the CLI's --from). */
export type ExtractionInput = { bytes: Uint8Array; fileName?: string; format?: SourceFormat } | { text: string; format?: SourceFormat };

function fail(code: FormatError["code"], message: string): never {
  throw new FormatError(code, message);
}

async function fromText(text: string, format: SourceFormat, limits: ExtractionLimits): Promise<ExtractedText> {
  switch (format) {
    case "md":
      return extractMarkdown(text);
    case "html":
      return extractHtml(text, limits.maxTextBytes);
    case "txt":
      return { format: "txt", text, metadata: {} };
    default:
      return fail("UNSUPPORTED", `Pasted text cannot be read as ${FORMAT_LABELS[format]}. Upload the file instead.`);
  }
}

async function fromBytes(bytes: Uint8Array, fileName: string | undefined, requested: SourceFormat | undefined, limits: ExtractionLimits): Promise<ExtractedText> {
  const detected = detectFormat(bytes, fileName, requested);
  if (!detected.ok) return fail(detected.code, detected.message);
  const { format } = detected;
  const limit = isDocumentFormat(format) ? limits.maxDocumentBytes : limits.maxTextBytes;
  if (bytes.byteLength > limit) {
    fail("TOO_LARGE", `The file is ${formatBytes(bytes.byteLength)}; the limit for ${FORMAT_LABELS[format]} files is ${formatBytes(limit)}.`);
  }
  switch (format) {
    case "pdf":
      return extractPdf(bytes, limits.maxTextBytes);
    case "docx":
      return extractDocx(bytes);
    case "html":
      return extractHtml(decodeHtml(bytes), limits.maxTextBytes);
    case "md":
    case "txt": {
      const decoded = decodeText(bytes, limits.maxTextBytes);
      if (!decoded.ok) return fail(decoded.code, decoded.message);
      return fromText(decoded.text, format, limits);
    }
  }
}

export async function extractText(input: ExtractionInput, limits: ExtractionLimits): Promise<ExtractionResult> {
  try {
    let value: ExtractedText;
    if ("text" in input) {
      const checked = checkText(input.text, limits.maxTextBytes);
      if (!checked.ok) return checked;
      value = await fromText(input.text, input.format ?? "txt", limits);
    } else {
      value = await fromBytes(input.bytes, input.fileName, input.format, limits);
    }
    // A PDF or Word file may be up to 20 MB, but the text taken from it keeps the text limit.
    const size = Buffer.byteLength(value.text, "utf8");
    if (size > limits.maxTextBytes) {
      fail("TOO_LARGE", `The text in this ${FORMAT_LABELS[value.format]} is ${formatBytes(size)}; the limit is ${formatBytes(limits.maxTextBytes)}. Split it and import the parts.`);
    }
    if (value.text.trim().length === 0) {
      fail("EMPTY", `No text was found in this ${FORMAT_LABELS[value.format]}.`);
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

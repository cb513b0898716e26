import { formatFromFileName } from "./accepted";
import type { ExtractionFailure, SourceFormat } from "./types";

/**
 * Decide what a file is. The bytes are trusted over the name for binary formats (a PDF saved as
 * ".txt" is still read as a PDF); the name, or the format the caller asked for, chooses between
 * the text formats, which have no signature.
 */
export type Detection = { ok: true; format: SourceFormat } | ExtractionFailure;

// The PDF header may follow a little junk; readers accept it within the first kilobyte.
const PDF_HEADER_REACH = 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.byteLength < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const reach = Math.min(bytes.byteLength - 5, PDF_HEADER_REACH);
  for (let i = 0; i <= reach; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
// OLE compound files: Word 97–2003 documents, and also every password-protected Office file.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const IMAGES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];

function failure(code: ExtractionFailure["code"], message: string): ExtractionFailure {
  return { ok: false, code, message };
}

/** True when the first non-blank characters open an HTML document. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<?xml") && head.includes("<html"));
}

export function detectFormat(bytes: Uint8Array, fileName?: string, requested?: SourceFormat): Detection {
  const named = fileName ? formatFromFileName(fileName) : null;
  const wanted = requested ?? named;

  if (hasPdfHeader(bytes)) return { ok: true, format: "pdf" };
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return { ok: true, format: "docx" };
  if (startsWith(bytes, OLE)) {
    return failure(
      wanted === "docx" ? "ENCRYPTED" : "UNSUPPORTED",
      "This is a password-protected Office file or an old Word (.doc) file, which cannot be read. Remove the password, or save it as .docx or PDF, and upload it again.",
    );
  }
  if (startsWith(bytes, RTF)) return failure("UNSUPPORTED", "This is a Rich Text (.rtf) file, which cannot be read. Save it as .docx, PDF or plain text and upload it again.");
  if (IMAGES.some((signature) => startsWith(bytes, signature))) {
    return failure("UNSUPPORTED", "This is an image, not a text. If it is a scanned page, run it through text recognition (OCR) first, then upload the text or a PDF with a text layer.");
  }

  // No binary signature: a file named .pdf or .docx that lacks one is damaged or misnamed.
  if (wanted === "pdf") return failure("MALFORMED", "This file is not a valid PDF: it does not start with a PDF header. It may be damaged or saved under the wrong name.");
  if (wanted === "docx") return failure("MALFORMED", "This file is not a valid Word document (.docx): it is not a zip archive. It may be damaged or saved under the wrong name.");
  if (wanted) return { ok: true, format: wanted };
  // Unnamed or unknown: sniff for HTML, else plain text (whose own checks refuse binary data).
  return { ok: true, format: looksLikeHtml(bytes) ? "html" : "txt" };
}

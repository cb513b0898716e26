/**
 * Turn uploaded bytes into text, or say clearly why not. Pure: the route handler reads the upload,
 * this decides whether it is text we can use.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; code: "EMPTY" | "TOO_LARGE" | "BINARY" | "NOT_UTF8"; message: string };

/** Control characters other than tab, newline, carriage return and form feed. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

// A few stray control characters occur in real PDF extractions; more than this share means the
// file is not text (an image, an archive, a word-processor file).
const MAX_CONTROL_SHARE = 0.01;

export function decodeText(bytes: Uint8Array, maxBytes: number): DecodeResult {
  if (bytes.byteLength > maxBytes) {
    return { ok: false, code: "TOO_LARGE", message: `The file is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(maxBytes)}.` };
  }
  if (bytes.includes(0)) {
    return { ok: false, code: "BINARY", message: "This file is binary, not plain text. Upload a .txt file or paste the text." };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, code: "NOT_UTF8", message: "This file is not UTF-8 text. Save it as UTF-8 and upload it again." };
  }
  return checkText(text, maxBytes);
}

/** The same checks for text that arrives already decoded (pasted into the form). */
export function checkText(text: string, maxBytes: number): DecodeResult {
  const size = new TextEncoder().encode(text).byteLength;
  if (size > maxBytes) {
    return { ok: false, code: "TOO_LARGE", message: `The text is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}.` };
  }
  if (text.trim().length === 0) {
    return { ok: false, code: "EMPTY", message: "The text is empty. Paste some text or choose a file with text in it." };
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes("\u0000") || controls / text.length > MAX_CONTROL_SHARE) {
    return { ok: false, code: "BINARY", message: "This looks like binary data, not text. Upload a .txt file or paste the text." };
  }
  return { ok: true, text };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

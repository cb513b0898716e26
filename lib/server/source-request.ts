import { AppError } from "../errors";
import { formatBytes } from "../formats/decode-text";
import { isSourceFormat, type SourceFormat } from "../formats/types";
import { MAX_DOCUMENT_BYTES } from "../validation/source";
import { readJson } from "./http";
import type { SourceContent } from "./services/sources/prepare-content";

// Form fields and multipart framing on top of the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;

export interface SourceRequest {
  meta: Record<string, unknown>;
  content: SourceContent;
}

function requestedFormat(value: unknown): SourceFormat | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "string" && isSourceFormat(value)) return value;
  throw new AppError("VALIDATION", "`format` must be one of txt, md, html, pdf, docx.");
}

/**
 * Read an import request: multipart with `file` (any accepted format) or `text`, plus author,
 * title, year and optionally `format`; or JSON `{author, title, year, text, format?}`. The byte
 * limit here is the largest any format allows; lib/formats applies each format's own limit.
 */
export async function readSourceRequest(request: Request): Promise<SourceRequest> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The upload is ${formatBytes(declared)}; the limit is ${formatBytes(MAX_DOCUMENT_BYTES)}.`);
  }
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new AppError("VALIDATION", "The upload was cut off or is not a valid form. Try again.");
    }
    const meta = { author: form.get("author"), title: form.get("title"), year: form.get("year"), version: form.get("version") };
    const format = requestedFormat(form.get("format"));
    const file = form.get("file");
    const text = form.get("text");
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_DOCUMENT_BYTES) {
        throw new AppError("PAYLOAD_TOO_LARGE", `The file is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_DOCUMENT_BYTES)}.`);
      }
      return { meta, content: { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, format } };
    }
    if (typeof text === "string") return { meta, content: { text, format } };
    throw new AppError("VALIDATION", "Choose a file or paste the text.");
  }
  const body = (await readJson(request)) as Record<string, unknown> | null;
  if (!body || typeof body !== "object") throw new AppError("VALIDATION", "Send an object with the text in `text`.");
  if (typeof body.text !== "string") throw new AppError("VALIDATION", "Send the text as a string in `text`.");
  return { meta: body, content: { text: body.text, format: requestedFormat(body.format) } };
}

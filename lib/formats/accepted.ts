/**
 * Which files an import accepts, by name. Safe for the browser (no Node or parser imports), so the
 * upload form and the server agree on one list.
 */
import type { SourceFormat } from "./types";

const EXTENSION_FORMATS: Record<string, SourceFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xhtml: "html",
  pdf: "pdf",
  docx: "docx",
};

/** For the file input's `accept` attribute. */
export const ACCEPTED_FILE_TYPES = ".txt,.md,.markdown,.html,.htm,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** For sentences such as "Upload a …": the list a person reads. */
export const ACCEPTED_FORMATS_TEXT = ".txt, .md, .html, .pdf or .docx";

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  txt: "plain text",
  md: "Markdown",
  html: "web page",
  pdf: "PDF",
  docx: "Word document",
};

/** The lower-case extension of a file name without its dot, or "" when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

/** The format a file name promises, or null when the name says nothing we understand. */
export function formatFromFileName(fileName: string): SourceFormat | null {
  return EXTENSION_FORMATS[extensionOf(fileName)] ?? null;
}

/** PDF and Word files may be larger than text files: see MAX_DOCUMENT_BYTES. */
export function isDocumentFormat(format: SourceFormat): boolean {
  return format === "pdf" || format === "docx";
}

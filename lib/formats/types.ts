/**
 * Public types of the format-extraction module: what an upload is turned into before the text
 * normalisation in lib/text sees it, and the ways that can fail.
 */

/** The file formats an import understands. */
export const SOURCE_FORMATS = ["txt", "md", "html", "pdf", "docx"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export function isSourceFormat(value: string): value is SourceFormat {
  return (SOURCE_FORMATS as readonly string[]).includes(value);
}

/** A heading the file itself marks as one (Markdown `#`, HTML `<h2>`, a Word heading style). */
export interface StructuralHeading {
  text: string;
  /** 1 for the top level, as in `<h1>`. */
  level: number;
}

/** Title and author a file states about itself, offered to the user as a default. */
export interface DocumentMetadata {
  title?: string;
  author?: string;
}

/**
 * Plain text pulled out of a file, laid out the way lib/text expects extracted text: hard-wrapped
 * lines for PDFs (pages starting with a form feed), one paragraph per line otherwise.
 */
export interface ExtractedText {
  format: SourceFormat;
  text: string;
  /**
   * Headings the file marks. Markup (Markdown, HTML, Word) marks all of them, so they replace
   * lib/text's guess from the shape of a line; a PDF's larger type marks only some
   * (`headingsBySize`), so those are added to the guess.
   */
  headings?: StructuralHeading[];
  headingsBySize?: boolean;
  metadata: DocumentMetadata;
  /** PDF only: how many pages were read. */
  pages?: number;
  /** PDF only: running headers and footers dropped by their position (see pdf-lines.ts). */
  runningLinesDropped?: number;
}

export type ExtractionFailureCode =
  | "EMPTY"
  | "TOO_LARGE"
  | "BINARY"
  | "NOT_UTF8"
  | "UNSUPPORTED"
  | "MALFORMED"
  | "ENCRYPTED"
  | "NO_TEXT"
  | "NO_ARTICLE"
  | "ZIP_BOMB";

export interface ExtractionFailure {
  ok: false;
  code: ExtractionFailureCode;
  /** Written for the person importing: what is wrong and what to do about it. */
  message: string;
}

export type ExtractionResult = { ok: true; value: ExtractedText } | ExtractionFailure;

/** Size limits, passed in by the caller so the numbers live in one place (lib/validation/source.ts). */
export interface ExtractionLimits {
  /** Text files (.txt, .md, .html) and the text extracted from any file. */
  maxTextBytes: number;
  /** PDF and Word files, which carry fonts, images and markup besides their text. */
  maxDocumentBytes: number;
}

/**
 * Thrown inside the format modules and turned into an {@link ExtractionFailure} by the dispatcher,
 * so deep helpers (zip parsing, pdf.js callbacks) can stop at once with a user-facing message.
 */
export class FormatError extends Error {
  constructor(
    readonly code: ExtractionFailureCode,
    message: string,
  ) {
    super(message);
    this.name = "FormatError";
  }
}

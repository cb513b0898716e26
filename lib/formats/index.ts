/**
 * Reading uploads: detect the format, enforce the limits, extract the text (pdf.js, mammoth,
 * Readability, markdown-it) and hand it to lib/text. Server-only: the browser may import
 * ./accepted, ./report and ./decode-text directly, which load no parsers.
 */
export { extractText, type ExtractionInput } from "./extract";
export { prepareSource, type PreparationResult, type PreparedSource } from "./pipeline";
export { parseImportReport, reportItems, type ImportReport } from "./report";
export type { SourceParagraph } from "./structure";
export {
  FormatError,
  isSourceFormat,
  SOURCE_FORMATS,
  type DocumentMetadata,
  type ExtractedText,
  type ExtractionFailure,
  type ExtractionFailureCode,
  type ExtractionLimits,
  type ExtractionResult,
  type SourceFormat,
  type StructuralHeading,
} from "./types";

/**
 * Text normalisation for imported sources: clean paragraphs plus a map back to the original.
 * Pure functions only; no I/O and no framework imports, so the app, the CLI and tests share it.
 */
export { normalizeText, type NormalizeOptions } from "./normalize";
export { parseOffsetMap, serializeOffsetMap, toOriginalOffset, toOriginalRange } from "./offset-map";
export type {
  FootnoteRef,
  NormalizationReport,
  NormalizedText,
  OffsetAnchor,
  OffsetMap,
  OffsetRun,
  Paragraph,
  ParagraphKind,
} from "./types";

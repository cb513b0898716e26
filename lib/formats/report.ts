import type { NormalizationReport } from "../text";
import { isSourceFormat, type SourceFormat } from "./types";

/**
 * What an import did, stored as a revision's `report` JSON and shown to the user in the preview
 * and above the text in the reader. Safe for the browser: types and plain functions only.
 */
export interface ImportReport extends NormalizationReport {
  format: SourceFormat;
  /** Headings in the imported text (declared by the file, or recognised by their shape). */
  headings: number;
  /** PDF only. */
  pages?: number;
}

const COUNTS: readonly (keyof NormalizationReport)[] = [
  "linesJoined",
  "wordsRejoined",
  "hyphenatedKept",
  "footnoteMarksSeparated",
  "headersDropped",
  "pageNumbersDropped",
  "blankLinesCollapsed",
];

function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
}

/** Read a stored report; revisions imported before formats existed have no format and were text. */
export function parseImportReport(json: string): ImportReport {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === "object") raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged report shows as an empty one rather than breaking the reader.
  }
  const report = Object.fromEntries(COUNTS.map((key) => [key, count(raw[key])])) as unknown as NormalizationReport;
  const format = typeof raw.format === "string" && isSourceFormat(raw.format) ? raw.format : "txt";
  return { ...report, format, headings: count(raw.headings), ...(typeof raw.pages === "number" ? { pages: count(raw.pages) } : {}) };
}

/** The clean-up steps worth telling the user about, in reading order, with their counts. */
export function reportItems(report: ImportReport): { key: string; count: number; label: string }[] {
  const items: [key: string, value: number | undefined, one: string, many: string][] = [
    ["pages", report.pages, "page read", "pages read"],
    ["linesJoined", report.linesJoined, "line joined", "lines joined"],
    ["wordsRejoined", report.wordsRejoined, "split word re-joined", "split words re-joined"],
    ["hyphenatedKept", report.hyphenatedKept, "hyphenated compound kept", "hyphenated compounds kept"],
    ["footnoteMarksSeparated", report.footnoteMarksSeparated, "footnote mark separated", "footnote marks separated"],
    ["headersDropped", report.headersDropped, "page header dropped", "page headers dropped"],
    ["pageNumbersDropped", report.pageNumbersDropped, "page number dropped", "page numbers dropped"],
    ["headings", report.headings, "heading kept", "headings kept"],
  ];
  return items
    .filter(([, value]) => (value ?? 0) > 0)
    .map(([key, value, one, many]) => ({ key, count: value ?? 0, label: value === 1 ? one : many }));
}

const ORIGINS: Record<SourceFormat, string> = {
  txt: "a text file",
  md: "a Markdown file",
  html: "a web page",
  pdf: "a PDF",
  docx: "a Word document",
};

/** "a PDF", "a web page": where an import came from, for "Imported from …". */
export function describeOrigin(format: SourceFormat): string {
  return ORIGINS[format];
}

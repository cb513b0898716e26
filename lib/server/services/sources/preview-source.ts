import type { DocumentMetadata, ImportReport, SourceFormat } from "../../../formats";
import { buildOutline } from "../../../reader/outline";
import type { ParagraphKind } from "../../../text";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { prepareContent, type SourceContent } from "./prepare-content";

export interface SourcePreview {
  format: SourceFormat;
  fileName: string | null;
  characters: number;
  paragraphs: number;
  /** The opening paragraphs of the normalised text, as the reader will show them. */
  excerpt: { kind: ParagraphKind; level?: number; text: string }[];
  /** The headings, with their levels as the reader's table of contents will show them. */
  outline: { level: number; text: string }[];
  /** Entries in the whole outline; `outline` stops at OUTLINE_LIMIT. */
  outlineTotal: number;
  report: ImportReport;
  /** Title and author the file states, to pre-fill empty fields. */
  metadata: DocumentMetadata;
}

// Enough to judge the clean-up (a few screens of text) without sending a whole book back.
const EXCERPT_CHARS = 4000;
const EXCERPT_MIN_PARAGRAPHS = 3;
const OUTLINE_LIMIT = 200;

/**
 * Show what an import would produce, without saving anything: the same pipeline as
 * `importSource`, the same permission (source:write), a short answer.
 */
export async function previewSource(actor: Actor, workspaceId: string, content: SourceContent): Promise<SourcePreview> {
  await requireMember(db, actor, workspaceId, "source:write");
  const prepared = await prepareContent(content);
  const { text } = prepared.normalized;
  const excerpt: SourcePreview["excerpt"] = [];
  let characters = 0;
  for (const p of prepared.paragraphs) {
    if (characters >= EXCERPT_CHARS && excerpt.length >= EXCERPT_MIN_PARAGRAPHS) break;
    const paragraphText = text.slice(p.start, p.end);
    excerpt.push({ kind: p.kind, ...(p.level !== undefined ? { level: p.level } : {}), text: paragraphText });
    characters += paragraphText.length;
  }
  const outline = buildOutline(text, prepared.paragraphs);
  return {
    format: prepared.format,
    fileName: "bytes" in content ? content.fileName ?? null : null,
    characters: text.length,
    paragraphs: prepared.paragraphs.length,
    excerpt,
    outline: outline.slice(0, OUTLINE_LIMIT).map((entry) => ({ level: entry.level, text: entry.label })),
    outlineTotal: outline.length,
    report: prepared.report,
    metadata: prepared.metadata,
  };
}

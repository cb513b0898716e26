import { AppError } from "../../../errors";
import { checkText, decodeText } from "../../../formats/decode-text";
import { normalizeText, serializeOffsetMap } from "../../../text";
import { MAX_SOURCE_BYTES, sourceMetaSchema } from "../../../validation/source";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";

const SOURCE_PALETTE_SIZE = 8;

export type SourceContent = { bytes: Uint8Array; fileName?: string } | { text: string };

export interface ImportedSource {
  id: string;
  revisionId: string;
  title: string;
  report: Record<string, number>;
}

/**
 * Import a text as a new source: decode and check it, normalise it (keeping the original and the
 * offset map), and store source and first revision in one transaction. Nothing is written on error.
 */
export async function importSource(actor: Actor, workspaceId: string, meta: unknown, content: SourceContent): Promise<ImportedSource> {
  await requireMember(db, actor, workspaceId, "source:write");
  const { author, title, year } = sourceMetaSchema.parse(meta);
  const decoded = "bytes" in content ? decodeText(content.bytes, MAX_SOURCE_BYTES) : checkText(content.text, MAX_SOURCE_BYTES);
  if (!decoded.ok) throw new AppError(decoded.code === "TOO_LARGE" ? "PAYLOAD_TOO_LARGE" : "VALIDATION", decoded.message);
  const normalized = normalizeText(decoded.text);
  if (normalized.text.trim().length === 0) {
    throw new AppError("VALIDATION", "After cleaning up the extraction, no text was left. Check the file.");
  }
  const fileName = "bytes" in content ? content.fileName ?? null : null;

  return db.$transaction(async (tx) => {
    const existing = await tx.source.count({ where: { workspaceId } });
    const source = await tx.source.create({
      data: { workspaceId, author, title, year, colorIndex: existing % SOURCE_PALETTE_SIZE, createdById: actor.id },
    });
    const revision = await tx.sourceRevision.create({
      data: {
        sourceId: source.id,
        number: 1,
        format: "txt",
        fileName,
        originalText: decoded.text,
        normalizedText: normalized.text,
        offsetMap: serializeOffsetMap(normalized.offsets),
        paragraphs: JSON.stringify(normalized.paragraphs),
        footnotes: JSON.stringify(normalized.footnoteRefs),
        report: JSON.stringify(normalized.report),
        createdById: actor.id,
      },
    });
    await tx.source.update({ where: { id: source.id }, data: { currentRevisionId: revision.id } });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "imported",
      entityType: "source",
      entityId: source.id,
      summary: `imported “${title}” by ${author}`,
      data: { report: normalized.report },
    });
    await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
    return { id: source.id, revisionId: revision.id, title, report: { ...normalized.report } };
  });
}

import { serializeOffsetMap } from "../../../text";
import type { ImportReport } from "../../../formats";
import { sourceMetaSchema } from "../../../validation/source";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { indexSourceForSearch } from "../search/search-index";
import { prepareContent, type SourceContent } from "./prepare-content";

export type { SourceContent } from "./prepare-content";

const SOURCE_PALETTE_SIZE = 8;

export interface ImportedSource {
  id: string;
  revisionId: string;
  title: string;
  report: ImportReport;
}

/**
 * Import a text as a new source: detect its format and extract, check and normalise its text
 * (keeping the extracted original and the offset map), then store source and first revision in
 * one transaction. The extraction runs before the transaction, so a slow PDF holds no lock, and a
 * refused file writes nothing.
 */
export async function importSource(actor: Actor, workspaceId: string, meta: unknown, content: SourceContent): Promise<ImportedSource> {
  await requireMember(db, actor, workspaceId, "source:write");
  const { author, title, year } = sourceMetaSchema.parse(meta);
  const prepared = await prepareContent(content);
  const fileName = "bytes" in content ? content.fileName ?? null : null;
  const { normalized, report } = prepared;

  return db.$transaction(async (tx) => {
    const existing = await tx.source.count({ where: { workspaceId } });
    const source = await tx.source.create({
      data: { workspaceId, author, title, year, colorIndex: existing % SOURCE_PALETTE_SIZE, createdById: actor.id },
    });
    const revision = await tx.sourceRevision.create({
      data: {
        sourceId: source.id,
        number: 1,
        format: prepared.format,
        fileName,
        originalText: prepared.originalText,
        normalizedText: normalized.text,
        offsetMap: serializeOffsetMap(normalized.offsets),
        paragraphs: JSON.stringify(prepared.paragraphs),
        footnotes: JSON.stringify(normalized.footnoteRefs),
        report: JSON.stringify(report),
        createdById: actor.id,
      },
    });
    await tx.source.update({ where: { id: source.id }, data: { currentRevisionId: revision.id } });
    await indexSourceForSearch(tx, source.id);
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "imported",
      entityType: "source",
      entityId: source.id,
      summary: `imported “${title}” by ${author}`,
      data: { report },
    });
    await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
    return { id: source.id, revisionId: revision.id, title, report };
  });
}

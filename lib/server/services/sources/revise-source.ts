import { countRevisedAnchors, reviseAnchors, type RevisionAnchorCounts } from "../../../anchoring";
import { AppError } from "../../../errors";
import type { ImportReport } from "../../../formats";
import { serializeOffsetMap } from "../../../text";
import { reviseSourceSchema } from "../../../validation/anchor";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { indexSourceForSearch } from "../search/search-index";
import { prepareContent, type SourceContent } from "./prepare-content";

export interface RevisedSource {
  id: string;
  version: number;
  revisionId: string;
  revisionNumber: number;
  /** Claims' and evidence's anchors (not trashed ones), by where they landed in the new text. */
  anchors: RevisionAnchorCounts;
  report: ImportReport;
}

// Re-anchoring a book's worth of claims with fuzzy searches can take seconds; Prisma's default
// interactive-transaction limit (5 s) would abort a legitimate revision half-way.
const REVISION_TIMEOUT_MS = 60_000;

/**
 * Revise a source: run the new text (a corrected file or the edited text) through the import
 * pipeline, then in one transaction store it as revision N+1, re-anchor every anchor of the source
 * in it (lib/anchoring `reviseAnchors`), make it current and log it. `input.version` is the
 * source's version the editor started from; if someone revised it since, nothing is written.
 * Orphaned anchors keep their old quote, offsets and revision: never moved, never dropped.
 */
export async function reviseSource(actor: Actor, workspaceId: string, sourceId: string, input: unknown, content: SourceContent): Promise<RevisedSource> {
  await requireMember(db, actor, workspaceId, "source:write");
  const { version } = reviseSourceSchema.parse(input);
  await findSource(db, workspaceId, sourceId);
  // Extraction runs before the transaction: a slow PDF holds no lock, a refused file writes nothing.
  const prepared = await prepareContent(content);
  const fileName = "bytes" in content ? content.fileName ?? null : null;
  const { normalized, report } = prepared;

  return db.$transaction(
    async (tx) => {
      await requireMember(tx, actor, workspaceId, "source:write");
      const source = await findSource(tx, workspaceId, sourceId);
      if (source.version !== version) throw staleVersion(source.version);
      const last = await tx.sourceRevision.findFirst({ where: { sourceId }, orderBy: { number: "desc" }, select: { number: true } });
      const number = (last?.number ?? 0) + 1;
      const revision = await tx.sourceRevision.create({
        data: {
          sourceId,
          number,
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

      const anchors = await tx.anchor.findMany({
        where: { sourceId },
        include: { claim: { select: { deletedAt: true } }, evidence: { select: { inference: { select: { deletedAt: true } } } } },
        orderBy: { start: "asc" },
      });
      const outcomes = reviseAnchors(normalized.text, anchors);
      for (const outcome of outcomes) {
        const data =
          outcome.status === "orphaned"
            ? { status: "orphaned", score: outcome.score }
            : { ...outcome, id: undefined, revisionId: revision.id };
        await tx.anchor.update({ where: { id: outcome.id }, data: { ...data, version: { increment: 1 } } });
      }
      const live = new Set(anchors.filter((a) => (a.claim && !a.claim.deletedAt) || (a.evidence && !a.evidence.inference.deletedAt)).map((a) => a.id));
      const counts = countRevisedAnchors(outcomes.filter((o) => live.has(o.id)));

      // The version guard in the where makes two concurrent revisions of one version impossible.
      const updated = await tx.source.updateMany({
        where: { id: sourceId, version },
        data: { currentRevisionId: revision.id, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw staleVersion(version + 1);
      await indexSourceForSearch(tx, sourceId);
      await recordActivity(tx, {
        workspaceId,
        actorId: actor.id,
        action: "revised",
        entityType: "source",
        entityId: sourceId,
        summary: `revised “${source.title}” (revision ${number}: ${counts.exact} exact, ${counts.fuzzy} moved, ${counts.orphaned} orphaned)`,
        data: { revision: number, anchors: counts },
      });
      await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
      return { id: sourceId, version: version + 1, revisionId: revision.id, revisionNumber: number, anchors: counts, report };
    },
    { timeout: REVISION_TIMEOUT_MS },
  );
}

async function findSource(tx: Pick<typeof db, "source">, workspaceId: string, sourceId: string) {
  const source = await tx.source.findFirst({ where: { id: sourceId, workspaceId, deletedAt: null }, select: { id: true, title: true, version: true } });
  if (!source) throw new AppError("NOT_FOUND", "This source does not exist in this workspace.");
  return source;
}

function staleVersion(current: number): AppError {
  return new AppError("CONFLICT", "Someone revised this source since you opened it. Reload the page to see the current text, then make your changes again.", {
    currentVersion: current,
  });
}

import { AppError } from "../../../errors";
import type { Db } from "../../db";
import { excerpt } from "../activity/record-activity";

/**
 * An anchor of this workspace as its review sees it: the source's current revision, and what the
 * anchor belongs to (a claim, or an edge's evidence) for the activity log. Another workspace's
 * anchor id is simply not found.
 */
export async function findReviewTarget(tx: Db, workspaceId: string, anchorId: string) {
  const anchor = await tx.anchor.findFirst({
    where: { id: anchorId, workspaceId, source: { deletedAt: null } },
    include: {
      source: { select: { title: true, currentRevision: { select: { id: true, normalizedText: true } } } },
      claim: { select: { id: true, text: true, deletedAt: true } },
      evidence: { select: { inferenceId: true } },
    },
  });
  if (!anchor || !anchor.source.currentRevision || anchor.claim?.deletedAt) {
    throw new AppError("NOT_FOUND", "This passage does not exist in this workspace, or its claim was deleted.");
  }
  const owner = anchor.claim
    ? { entityType: "claim" as const, entityId: anchor.claim.id, label: `the claim “${excerpt(anchor.claim.text)}”` }
    : { entityType: "edge" as const, entityId: anchor.evidence?.inferenceId ?? anchor.id, label: `an evidence quote in “${anchor.source.title}”` };
  return { anchor, revision: anchor.source.currentRevision, owner };
}

/** Apply a change to an anchor only at the version the person saw; otherwise nothing is written. */
export async function updateAtVersion(tx: Db, anchorId: string, version: number, data: Record<string, unknown>): Promise<number> {
  const updated = await tx.anchor.updateMany({ where: { id: anchorId, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) {
    throw new AppError("CONFLICT", "Someone reviewed or moved this passage since you opened the page. Reload it to see where it stands now.");
  }
  return version + 1;
}

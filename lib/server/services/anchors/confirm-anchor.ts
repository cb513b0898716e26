import { AppError } from "../../../errors";
import { confirmAnchorSchema } from "../../../validation/anchor";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { findReviewTarget, updateAtVersion } from "./review-target";

/**
 * Confirm that a passage re-anchored to different words after a revision (status fuzzy) is at the
 * right words: it becomes an ordinary anchor and leaves the review list.
 */
export async function confirmAnchor(actor: Actor, workspaceId: string, anchorId: string, input: unknown) {
  const { version } = confirmAnchorSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "claim:write");
    const { anchor, revision, owner } = await findReviewTarget(tx, workspaceId, anchorId);
    if (anchor.status !== "fuzzy" || anchor.revisionId !== revision.id) {
      throw new AppError("CONFLICT", "Only a passage that was moved to new words in the current revision can be confirmed. Re-attach an orphaned one by selecting its words.");
    }
    const next = await updateAtVersion(tx, anchorId, version, { status: "anchored", score: 1, previousExact: null });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "reanchored",
      entityType: owner.entityType,
      entityId: owner.entityId,
      summary: `confirmed the passage of ${owner.label} after a revision`,
      data: { anchorId, previousExact: anchor.previousExact, exact: anchor.exact },
    });
    return { id: anchorId, version: next, status: "anchored" as const };
  });
}

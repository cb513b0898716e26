import { AppError } from "../../../errors";
import { separateClaimSchema } from "../../../validation/equivalence";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";

/**
 * "Not the same": take one claim out of its proposition. A group left with a single live claim
 * states nothing any more and dissolves. The caller names the group's version it saw, so someone
 * else's change to the group in the meantime is not undone blindly.
 */
export async function separateClaim(actor: Actor, workspaceId: string, claimId: string, input: unknown) {
  const { version } = separateClaimSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "equivalence:write");
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, deletedAt: null }, select: { id: true, text: true, equivalenceGroupId: true } });
    if (!claim) throw new AppError("NOT_FOUND", "This claim does not exist in this workspace (it may have been deleted).");
    const groupId = claim.equivalenceGroupId;
    if (!groupId) throw new AppError("CONFLICT", "This claim is not marked as the same proposition as any other (someone may have changed that). Reload the map.");
    const bumped = await tx.equivalenceGroup.updateMany({ where: { id: groupId, version }, data: { version: { increment: 1 } } });
    if (bumped.count === 0) throw new AppError("CONFLICT", "Someone else changed which claims state this proposition since you opened it. Reload the map and try again.");
    await tx.claim.update({ where: { id: claimId }, data: { equivalenceGroupId: null } });
    const remaining = await tx.claim.count({ where: { equivalenceGroupId: groupId, deletedAt: null } });
    const dissolved = remaining < 2;
    if (dissolved) {
      await tx.claim.updateMany({ where: { equivalenceGroupId: groupId }, data: { equivalenceGroupId: null } });
      await tx.equivalenceGroup.delete({ where: { id: groupId } });
    }
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "updated",
      entityType: "equivalence",
      entityId: groupId,
      summary: `said “${excerpt(claim.text, 60)}” is not the same proposition as ${dissolved ? "the other claim" : "the others"}`,
      data: { claimId, separated: true, dissolved },
    });
    return { claimId, groupId, dissolved, version: dissolved ? null : version + 1 };
  });
}

import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { findLiveComment, requireAuthor, targetOf } from "./comment-target";

/**
 * Delete one's own comment. The row stays (soft delete): its replies keep their place under a
 * "deleted" placeholder, and an owner could restore it later.
 */
export async function deleteComment(actor: Actor, workspaceId: string, commentId: string) {
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "comment:write");
    const comment = await findLiveComment(tx, workspaceId, commentId);
    requireAuthor(comment, actor.id, "delete");
    await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "deleted",
      entityType: "comment",
      entityId: commentId,
      summary: "deleted a comment",
      data: { target: targetOf(comment) },
    });
    return { id: commentId };
  });
}

import { moderateCommentSchema } from "../../../validation/comment";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { findLiveComment, targetOf } from "./comment-target";

/**
 * A moderator (owner) hides any comment from the other members, or shows it again. The words are
 * kept untouched and stay readable to their author and to moderators. The version is not bumped:
 * it guards the words against concurrent edits, and hiding does not change them.
 */
export async function setCommentHidden(actor: Actor, workspaceId: string, commentId: string, input: unknown) {
  const { hidden } = moderateCommentSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "comment:moderate");
    const comment = await findLiveComment(tx, workspaceId, commentId);
    await tx.comment.update({
      where: { id: commentId },
      data: hidden ? { hiddenAt: new Date(), hiddenById: actor.id } : { hiddenAt: null, hiddenById: null },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: hidden ? "hidden" : "unhidden",
      entityType: "comment",
      entityId: commentId,
      summary: hidden ? "hid a comment" : "showed a hidden comment again",
      data: { target: targetOf(comment) },
    });
    return { id: commentId, hidden };
  });
}

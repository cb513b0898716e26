import { AppError } from "../../../errors";
import { editCommentSchema } from "../../../validation/comment";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { findLiveComment, requireAuthor, targetOf } from "./comment-target";

/**
 * Change the words of one's own comment. The write only happens if the stored version is the one
 * the author edited (another tab may have saved meanwhile): otherwise CONFLICT, with the current
 * body in `details` so the client can show it beside the text being typed.
 */
export async function editComment(actor: Actor, workspaceId: string, commentId: string, input: unknown) {
  const { version, body } = editCommentSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "comment:write");
    const current = await findLiveComment(tx, workspaceId, commentId);
    requireAuthor(current, actor.id, "edit");
    const changed = await tx.comment.updateMany({ where: { id: commentId, version }, data: { body, version: { increment: 1 } } });
    if (changed.count === 0) {
      throw new AppError("CONFLICT", "This comment was changed since you opened it (perhaps in another tab). The saved text is shown; yours is kept in the form.", {
        current: { id: current.id, body: current.body, version: current.version },
      });
    }
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "updated",
      entityType: "comment",
      entityId: commentId,
      summary: `edited a comment: “${excerpt(body)}”`,
      data: { target: targetOf(current) },
    });
    return { id: commentId, version: current.version + 1 };
  });
}

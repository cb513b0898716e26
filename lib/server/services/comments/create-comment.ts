import { AppError } from "../../../errors";
import { createCommentSchema } from "../../../validation/comment";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { requireLiveTarget, targetColumns, toTarget } from "./comment-target";

/**
 * Comment on a claim or an edge, or reply to a comment. Threads are one level deep: a reply to a
 * reply is attached to the top-level comment it answers (rather than refused), so a client that
 * offers "Reply" everywhere still produces a readable thread.
 */
export async function createComment(actor: Actor, workspaceId: string, input: unknown) {
  const { target: targetInput, body, parentId } = createCommentSchema.parse(input);
  const target = toTarget(targetInput);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "comment:write");
    await requireLiveTarget(tx, workspaceId, target);
    let threadId: string | null = null;
    if (parentId) {
      const parent = await tx.comment.findFirst({
        where: { id: parentId, workspaceId, deletedAt: null },
        select: { id: true, parentId: true, claimId: true, inferenceId: true },
      });
      if (!parent) throw new AppError("NOT_FOUND", "The comment you are replying to does not exist any more (it may have been deleted).");
      const sameTarget = target.type === "claim" ? parent.claimId === target.id : parent.inferenceId === target.id;
      if (!sameTarget) throw new AppError("VALIDATION", "A reply must be on the same claim or edge as the comment it answers.");
      threadId = parent.parentId ?? parent.id;
    }
    const comment = await tx.comment.create({
      data: { workspaceId, ...targetColumns(target), parentId: threadId, authorId: actor.id, body },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "created",
      entityType: "comment",
      entityId: comment.id,
      summary: `${threadId ? "replied" : "commented"} on a${target.type === "edge" ? "n" : ""} ${target.type}: “${excerpt(body)}”`,
      data: { target, parentId: threadId },
    });
    return { id: comment.id, parentId: comment.parentId, version: comment.version };
  });
}

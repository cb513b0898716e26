import { AppError } from "../../../errors";
import type { CommentTarget } from "../../../discussion/types";
import type { Db } from "../../db";

export const COMMENT_NOT_FOUND = "This comment does not exist in this workspace (it may have been deleted).";

/** `{claimId}` or `{edgeId}`, already validated to hold exactly one, as a typed target. */
export function toTarget(input: { claimId?: string; edgeId?: string }): CommentTarget {
  return input.claimId !== undefined ? { type: "claim", id: input.claimId } : { type: "edge", id: input.edgeId! };
}

/** The Comment columns that point at a target (edges are stored as inferences). */
export function targetColumns(target: CommentTarget): { claimId: string } | { inferenceId: string } {
  return target.type === "claim" ? { claimId: target.id } : { inferenceId: target.id };
}

export function targetOf(comment: { claimId: string | null; inferenceId: string | null }): CommentTarget {
  return comment.claimId !== null ? { type: "claim", id: comment.claimId } : { type: "edge", id: comment.inferenceId! };
}

/**
 * Refuse a claim or edge that is not live in this workspace. Ids from another workspace get the
 * same NOT_FOUND as missing ones, so they reveal nothing.
 */
export async function requireLiveTarget(tx: Db, workspaceId: string, target: CommentTarget): Promise<void> {
  const found =
    target.type === "claim"
      ? await tx.claim.findFirst({ where: { id: target.id, workspaceId, deletedAt: null }, select: { id: true } })
      : await tx.inference.findFirst({ where: { id: target.id, workspaceId, deletedAt: null }, select: { id: true } });
  if (!found) {
    throw new AppError("NOT_FOUND", `This ${target.type} does not exist in this workspace (it may have been deleted).`);
  }
}

/**
 * A comment that is not deleted and whose claim or edge is still live: the only comments anyone
 * may change. A claim in the trash takes its discussion with it.
 */
export async function findLiveComment(tx: Db, workspaceId: string, commentId: string) {
  const comment = await tx.comment.findFirst({
    where: {
      id: commentId,
      workspaceId,
      deletedAt: null,
      OR: [{ claim: { is: { deletedAt: null } } }, { inference: { is: { deletedAt: null } } }],
    },
  });
  if (!comment) throw new AppError("NOT_FOUND", COMMENT_NOT_FOUND);
  return comment;
}

/** Only the author may change or delete a comment's words; moderators hide instead. */
export function requireAuthor(comment: { authorId: string }, actorId: string, doing: "edit" | "delete"): void {
  if (comment.authorId !== actorId) {
    throw new AppError("FORBIDDEN", `Only its author can ${doing} a comment. An owner can hide it instead.`);
  }
}

import type { CommentCounts, CommentSummary } from "../../../discussion/types";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { targetOf } from "./comment-target";
import { isUnread, lastReadAtByTarget, targetKey } from "./read-markers";

/**
 * Comment counts for the map: per live claim and edge, how many comments count (not deleted, not
 * hidden) and how many of those the caller has not read yet. Targets without comments are left out.
 */
export async function getCommentSummary(actor: Actor, workspaceId: string): Promise<CommentSummary> {
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "workspace:read");
    const [rows, readAt] = await Promise.all([
      tx.comment.findMany({
        where: {
          workspaceId,
          deletedAt: null,
          hiddenAt: null,
          OR: [{ claim: { is: { deletedAt: null } } }, { inference: { is: { deletedAt: null } } }],
        },
        select: { claimId: true, inferenceId: true, authorId: true, createdAt: true, deletedAt: true, hiddenAt: true },
      }),
      lastReadAtByTarget(tx, workspaceId, actor.id),
    ]);
    const summary: CommentSummary = { claims: {}, edges: {} };
    for (const row of rows) {
      const target = targetOf(row);
      const bucket = target.type === "claim" ? summary.claims : summary.edges;
      const counts: CommentCounts = (bucket[target.id] ??= { total: 0, unread: 0 });
      counts.total += 1;
      if (isUnread(row, actor.id, readAt.get(targetKey(target)) ?? null)) counts.unread += 1;
    }
    return summary;
  });
}

import type { CommentTarget } from "../../../discussion/types";
import type { Db } from "../../db";
import { recordActivity } from "../activity/record-activity";

/**
 * When a member last read a discussion, kept as Activity rows with action "comment:read" (entity
 * = the claim or edge), because the schema has no table for read state. Unread = counted comments
 * by someone else, newer than the member's latest marker for that target.
 */
export const READ_ACTION = "comment:read";

export async function lastReadAt(tx: Db, workspaceId: string, userId: string, target: CommentTarget): Promise<Date | null> {
  const marker = await tx.activity.findFirst({
    where: { workspaceId, actorId: userId, action: READ_ACTION, entityType: target.type, entityId: target.id },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return marker?.createdAt ?? null;
}

/** Every target's latest read marker for one member, keyed by `targetKey`. */
export async function lastReadAtByTarget(tx: Db, workspaceId: string, userId: string): Promise<Map<string, Date>> {
  const groups = await tx.activity.groupBy({
    by: ["entityType", "entityId"],
    where: { workspaceId, actorId: userId, action: READ_ACTION },
    _max: { createdAt: true },
  });
  const result = new Map<string, Date>();
  for (const g of groups) if (g._max.createdAt) result.set(targetKey({ type: g.entityType as CommentTarget["type"], id: g.entityId }), g._max.createdAt);
  return result;
}

export function targetKey(target: CommentTarget): string {
  return `${target.type}:${target.id}`;
}

/** Whether a comment counts towards `total` at all: deleted and hidden comments do not. */
export function isCounted(comment: { deletedAt: Date | null; hiddenAt: Date | null }): boolean {
  return comment.deletedAt === null && comment.hiddenAt === null;
}

export function isUnread(comment: { deletedAt: Date | null; hiddenAt: Date | null; authorId: string; createdAt: Date }, userId: string, readAt: Date | null): boolean {
  return isCounted(comment) && comment.authorId !== userId && (readAt === null || comment.createdAt > readAt);
}

export async function recordRead(tx: Db, workspaceId: string, userId: string, target: CommentTarget, at: Date): Promise<void> {
  await recordActivity(tx, {
    workspaceId,
    actorId: userId,
    action: READ_ACTION,
    entityType: target.type,
    entityId: target.id,
    summary: `read the comments on a${target.type === "edge" ? "n" : ""} ${target.type}`,
    createdAt: at,
  });
}

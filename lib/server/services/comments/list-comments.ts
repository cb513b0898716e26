import type { Comment } from "@prisma/client";
import type { CommentThread, CommentView } from "../../../discussion/types";
import { renderMarkdown } from "../../../markdown/render";
import { can, type Role } from "../../../permissions";
import { listCommentsSchema } from "../../../validation/comment";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { requireLiveTarget, targetColumns, toTarget } from "./comment-target";
import { isCounted, isUnread, lastReadAt, recordRead } from "./read-markers";

type Row = Comment & { author: { id: string; name: string | null; email: string } };

/**
 * The discussion on a claim or an edge, threaded one level, shaped for the caller: hidden bodies
 * only for their author and moderators, deleted comments only as placeholders that keep replies
 * in place. With `markRead` the caller's unread count for this target is cleared.
 */
export async function listComments(actor: Actor, workspaceId: string, input: unknown): Promise<CommentThread> {
  const { target: targetInput, markRead } = listCommentsSchema.parse(input);
  const target = toTarget(targetInput);
  // Taken before reading, so a comment posted while this request runs stays unread.
  const readAt = new Date();
  return db.$transaction(async (tx) => {
    const role = await requireMember(tx, actor, workspaceId, "workspace:read");
    await requireLiveTarget(tx, workspaceId, target);
    const rows: Row[] = await tx.comment.findMany({
      where: { workspaceId, ...targetColumns(target) },
      include: { author: { select: { id: true, name: true, email: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const previousRead = await lastReadAt(tx, workspaceId, actor.id, target);
    const unread = rows.filter((r) => isUnread(r, actor.id, previousRead)).length;
    if (markRead && unread > 0) await recordRead(tx, workspaceId, actor.id, target, readAt);

    const view = (row: Row, replies: CommentView[]) => toView(row, replies, actor.id, role, previousRead);
    const repliesOf = new Map<string, Row[]>();
    for (const row of rows) {
      if (!row.parentId) continue;
      const siblings = repliesOf.get(row.parentId);
      if (siblings) siblings.push(row);
      else repliesOf.set(row.parentId, [row]);
    }
    const comments = rows
      .filter((row) => row.parentId === null)
      .map((row) => view(row, (repliesOf.get(row.id) ?? []).filter((r) => r.deletedAt === null).map((r) => view(r, []))))
      // A deleted comment stays only as the head of replies that are still there.
      .filter((c) => c.state !== "deleted" || c.replies.length > 0);

    return {
      target,
      comments,
      total: rows.filter(isCounted).length,
      unread,
      canComment: can(role, "comment:write"),
      canModerate: can(role, "comment:moderate"),
    };
  });
}

function toView(row: Row, replies: CommentView[], viewerId: string, role: Role, readAt: Date | null): CommentView {
  const own = row.authorId === viewerId;
  const moderator = can(role, "comment:moderate");
  const writer = can(role, "comment:write");
  const base = { id: row.id, parentId: row.parentId, createdAt: row.createdAt.toISOString(), version: row.version, replies };
  if (row.deletedAt) {
    return { ...base, state: "deleted", author: null, body: null, html: null, edited: false, unread: false, canEdit: false, canDelete: false, canModerate: false };
  }
  const hidden = row.hiddenAt !== null;
  const showBody = !hidden || own || moderator;
  return {
    ...base,
    state: hidden ? "hidden" : "visible",
    author: { id: row.author.id, name: row.author.name ?? row.author.email },
    body: showBody ? row.body : null,
    html: showBody ? renderMarkdown(row.body) : null,
    // The version moves only when the author changes the words (hiding does not touch it).
    edited: row.version > 1,
    unread: isUnread(row, viewerId, readAt),
    canEdit: own && writer,
    canDelete: own && writer,
    canModerate: moderator,
  };
}

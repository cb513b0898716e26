"use client";

import { useCallback, useEffect, useId, useState } from "react";
import { ErrorNote } from "@/components/map/dialogs";
import { api } from "@/components/ui/api";
import type { CommentThread as Thread, CommentTarget } from "@/lib/discussion/types";
import { CommentComposer } from "./CommentComposer";
import { CommentItem } from "./CommentItem";
import { useCommentSummary } from "./comment-summary";

/**
 * The discussion on a claim or an edge, for a side panel: threads one level deep, a reply box
 * under the thread being answered, and a box for a new comment. Opening it marks the discussion
 * read, which clears the unread badge on the map.
 */
export function CommentThread({ workspaceId, target }: { workspaceId: string; target: CommentTarget }) {
  const { type, id } = target;
  const { refresh: commentsChanged } = useCommentSummary();
  const [thread, setThread] = useState<Thread | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  // Comments that were unread when the panel opened keep their "new" mark until it closes.
  const [newIds, setNewIds] = useState<ReadonlySet<string>>(new Set());
  const headingId = useId();
  const base = `/api/workspaces/${workspaceId}/comments`;
  const query = `${type === "claim" ? "claimId" : "edgeId"}=${encodeURIComponent(id)}`;

  const load = useCallback(async () => {
    try {
      const loaded = await api<Thread>(`${base}?${query}&markRead=1`);
      setThread(loaded);
      setLoadError(null);
      const unread = loaded.comments.flatMap((c) => [c, ...c.replies]).filter((c) => c.unread).map((c) => c.id);
      if (unread.length > 0) {
        setNewIds((previous) => new Set([...previous, ...unread]));
        commentsChanged();
      }
    } catch (e) {
      setLoadError(`The discussion could not be loaded: ${e instanceof Error ? e.message : "unknown error"}`);
    }
  }, [base, query, commentsChanged]);

  useEffect(() => {
    void load();
  }, [load]);

  const afterChange = useCallback(async () => {
    await load();
    commentsChanged();
  }, [load, commentsChanged]);

  const post = (parentId: string | null) => async (body: string) => {
    await api(`${base}?${query}`, { body: { body, parentId } });
    setReplyingTo(null);
    await afterChange();
  };

  return (
    <section className="discussion" aria-labelledby={headingId} data-testid="discussion">
      <h3 id={headingId}>Discussion{thread ? ` (${thread.total})` : ""}</h3>
      <ErrorNote error={loadError} />
      {!thread && !loadError && <p className="faint">Loading the discussion…</p>}
      {thread && thread.comments.length === 0 && (
        <p className="faint">No comments yet.{thread.canComment ? " Ask a question or make a point below." : ""}</p>
      )}
      {thread && thread.comments.length > 0 && (
        <ol className="comment-list">
          {thread.comments.map((comment) => (
            <li key={comment.id} className="comment-thread">
              <CommentItem
                comment={comment}
                url={`${base}/${comment.id}`}
                isNew={newIds.has(comment.id)}
                onReply={thread.canComment && comment.state !== "deleted" ? () => setReplyingTo(comment.id) : undefined}
                onChanged={afterChange}
              />
              {(comment.replies.length > 0 || replyingTo === comment.id) && (
                <ol className="comment-replies">
                  {comment.replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentItem comment={reply} url={`${base}/${reply.id}`} isNew={newIds.has(reply.id)} onChanged={afterChange} />
                    </li>
                  ))}
                  {replyingTo === comment.id && (
                    <li>
                      <CommentComposer label={`Reply to ${comment.author?.name ?? "this comment"}`} submitLabel="Reply" autoFocus onSubmit={post(comment.id)} onCancel={() => setReplyingTo(null)} />
                    </li>
                  )}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      {thread?.canComment && <CommentComposer label="Add a comment" submitLabel="Post" onSubmit={post(null)} />}
      {thread && !thread.canComment && <p className="faint">Viewers can read the discussion. To take part, ask an owner for the commenter role.</p>}
    </section>
  );
}

"use client";

import { useState } from "react";
import { ErrorNote, useSubmit } from "@/components/map/dialogs";
import { api, ApiError } from "@/components/ui/api";
import { fullTime, relativeTime } from "@/lib/discussion/relative-time";
import type { CommentView } from "@/lib/discussion/types";
import { CommentComposer } from "./CommentComposer";

interface Props {
  comment: CommentView;
  url: string;
  /** Marked "new" since the panel opened, even after the thread reloads. */
  isNew: boolean;
  onReply?: () => void;
  onChanged: () => Promise<void>;
}

/** One comment: author, time, rendered Markdown and the actions the caller may take on it. */
export function CommentItem({ comment, url, isNew, onReply, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState<{ body: string; version: number } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const action = useSubmit();

  if (comment.state === "deleted") {
    return (
      <article className="comment comment-placeholder" data-testid="comment" data-state="deleted">
        <p>This comment was deleted.</p>
      </article>
    );
  }
  if (comment.html === null) {
    return (
      <article className="comment comment-placeholder" data-testid="comment" data-state="hidden">
        <p>Hidden by a moderator.</p>
      </article>
    );
  }

  async function saveEdit(body: string): Promise<void | "keep"> {
    try {
      await api(url, { method: "PATCH", body: { version: conflict?.version ?? comment.version, body } });
    } catch (e) {
      const current = e instanceof ApiError && e.code === "CONFLICT" ? (e.details as { current?: { body: string; version: number } } | undefined)?.current : undefined;
      if (!current) throw e;
      setConflict(current);
      return "keep";
    }
    setConflict(null);
    setEditing(false);
    await onChanged();
  }

  const moderate = (hidden: boolean) =>
    action.run(async () => {
      await api(url, { method: "PATCH", body: { hidden } });
      await onChanged();
    });

  const hidden = comment.state === "hidden";
  return (
    <article className={`comment${hidden ? " comment-hidden" : ""}`} data-testid="comment" data-state={comment.state} aria-label={`Comment by ${comment.author?.name ?? "a member"}`}>
      <header className="comment-meta">
        <span className="comment-author">{comment.author?.name}</span>
        <time dateTime={comment.createdAt} title={fullTime(comment.createdAt)}>{relativeTime(comment.createdAt)}</time>
        {comment.edited && <span>· edited</span>}
        {isNew && <span className="comment-new">new</span>}
      </header>
      {hidden && (
        <p className="comment-hidden-note">
          {comment.canModerate ? "Hidden from other members." : "A moderator hid this comment; only you and the owners can see it."}
        </p>
      )}
      {editing ? (
        <CommentComposer
          label="Edit your comment"
          submitLabel="Save"
          initialBody={comment.body ?? ""}
          autoFocus
          notice={
            conflict && (
              <div className="alert alert-warning" role="alert">
                <strong>This comment changed since you opened it</strong> (perhaps in another tab). The saved text is:
                <blockquote className="comment-conflict-text">{conflict.body}</blockquote>
                Your text is kept below; save again to replace the saved one, or cancel to keep it.
              </div>
            )
          }
          onSubmit={saveEdit}
          onCancel={() => {
            setEditing(false);
            setConflict(null);
          }}
        />
      ) : (
        // Safe: `html` is lib/markdown's rendering (raw HTML escaped, links vetted), made on the server.
        <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.html }} />
      )}
      {!editing && (
        <div className="comment-actions">
          {onReply && <button className="btn-link" onClick={onReply}>Reply</button>}
          {comment.canEdit && <button className="btn-link" onClick={() => setEditing(true)}>Edit</button>}
          {comment.canDelete && !confirmingDelete && <button className="btn-link" onClick={() => setConfirmingDelete(true)}>Delete</button>}
          {comment.canModerate && (
            <button className="btn-link" onClick={() => moderate(!hidden)} disabled={action.busy}>{hidden ? "Unhide" : "Hide"}</button>
          )}
        </div>
      )}
      {confirmingDelete && (
        <div className="comment-confirm" role="group" aria-label="Confirm deleting this comment">
          <span>Delete this comment?{comment.replies.length > 0 ? " Its replies stay." : ""}</span>
          <button
            className="btn btn-sm btn-danger"
            disabled={action.busy}
            onClick={() =>
              action.run(async () => {
                await api(url, { method: "DELETE" });
                setConfirmingDelete(false);
                await onChanged();
              })
            }
          >
            Delete
          </button>
          <button className="btn btn-sm btn-ghost" onClick={() => setConfirmingDelete(false)} autoFocus>Cancel</button>
        </div>
      )}
      <ErrorNote error={action.error} />
    </article>
  );
}

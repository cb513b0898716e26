/**
 * A discussion as the app and the JSON API see it: plain data shared by the comment services and
 * the thread component. Bodies travel twice: `body` is the Markdown as written (for editing) and
 * `html` is lib/markdown's safe rendering of it (for showing).
 */

export type CommentTargetType = "claim" | "edge";

export interface CommentTarget {
  type: CommentTargetType;
  id: string;
}

/**
 * - `visible`: an ordinary comment.
 * - `hidden`: a moderator hid it; `body`/`html` are present only for its author and moderators,
 *   everyone else sees a placeholder.
 * - `deleted`: its author deleted it; kept as a placeholder (no author, no body) only while it has
 *   replies, so the thread still reads in order.
 */
export type CommentState = "visible" | "hidden" | "deleted";

export interface CommentView {
  id: string;
  parentId: string | null;
  state: CommentState;
  author: { id: string; name: string } | null;
  body: string | null;
  html: string | null;
  createdAt: string;
  /** Changed by its author after posting. */
  edited: boolean;
  version: number;
  /** Posted by someone else after the caller last read this discussion. */
  unread: boolean;
  canEdit: boolean;
  canDelete: boolean;
  canModerate: boolean;
  replies: CommentView[];
}

export interface CommentThread {
  target: CommentTarget;
  /** Top-level comments, oldest first, each with its replies (one level), oldest first. */
  comments: CommentView[];
  /** Comments that count for the badge: not deleted and not hidden. */
  total: number;
  /** How many of them were unread before this request (a `markRead` request clears them). */
  unread: number;
  canComment: boolean;
  canModerate: boolean;
}

export interface CommentCounts {
  total: number;
  unread: number;
}

/** Per target, only for claims and edges that have at least one counted comment. */
export interface CommentSummary {
  claims: Record<string, CommentCounts>;
  edges: Record<string, CommentCounts>;
}

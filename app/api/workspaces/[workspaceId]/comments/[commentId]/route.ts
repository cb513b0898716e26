import { isModerationRequest } from "@/lib/validation/comment";
import { authedRoute, readJson } from "@/lib/server/http";
import { deleteComment } from "@/lib/server/services/comments/delete-comment";
import { editComment } from "@/lib/server/services/comments/edit-comment";
import { setCommentHidden } from "@/lib/server/services/comments/set-comment-hidden";

type Params = { workspaceId: string; commentId: string };

/** `{version, body}` edits one's own comment; `{hidden: true | false}` is an owner's moderation. */
export const PATCH = authedRoute<Params>(async ({ user, params, request }) => {
  const input = await readJson(request);
  return isModerationRequest(input)
    ? setCommentHidden(user, params.workspaceId, params.commentId, input)
    : editComment(user, params.workspaceId, params.commentId, input);
});

export const DELETE = authedRoute<Params>(async ({ user, params }) => deleteComment(user, params.workspaceId, params.commentId));

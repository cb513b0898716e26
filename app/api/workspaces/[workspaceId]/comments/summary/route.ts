import { authedRoute } from "@/lib/server/http";
import { getCommentSummary } from "@/lib/server/services/comments/get-comment-summary";

export const GET = authedRoute<{ workspaceId: string }>(async ({ user, params }) => getCommentSummary(user, params.workspaceId));

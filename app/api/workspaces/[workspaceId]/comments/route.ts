import { authedRoute, readJson } from "@/lib/server/http";
import { createComment } from "@/lib/server/services/comments/create-comment";
import { listComments } from "@/lib/server/services/comments/list-comments";

/** `?claimId=…` or `?edgeId=…` names the discussion; services validate that exactly one is given. */
function targetFrom(request: Request) {
  const query = new URL(request.url).searchParams;
  return { claimId: query.get("claimId") ?? undefined, edgeId: query.get("edgeId") ?? undefined };
}

export const GET = authedRoute<{ workspaceId: string }>(async ({ user, params, request }) =>
  listComments(user, params.workspaceId, { target: targetFrom(request), markRead: new URL(request.url).searchParams.get("markRead") === "1" }),
);

export const POST = authedRoute<{ workspaceId: string }>(
  async ({ user, params, request }) => {
    const body = (await readJson(request)) as Record<string, unknown> | null;
    return createComment(user, params.workspaceId, { ...body, target: targetFrom(request) });
  },
  { status: 201 },
);

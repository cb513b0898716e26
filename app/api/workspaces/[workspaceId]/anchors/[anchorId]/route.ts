import { authedRoute, readJson } from "@/lib/server/http";
import { confirmAnchor } from "@/lib/server/services/anchors/confirm-anchor";
import { reattachAnchor } from "@/lib/server/services/anchors/reattach-anchor";

type Params = { workspaceId: string; anchorId: string };

/** Review a passage after a revision: `{version, confirm: true}` or `{version, revisionId, start, end, exact}` to re-attach. */
export const PATCH = authedRoute<Params>(async ({ user, params, request }) => {
  const body = await readJson(request);
  const confirming = typeof body === "object" && body !== null && "confirm" in body;
  return confirming ? confirmAnchor(user, params.workspaceId, params.anchorId, body) : reattachAnchor(user, params.workspaceId, params.anchorId, body);
});

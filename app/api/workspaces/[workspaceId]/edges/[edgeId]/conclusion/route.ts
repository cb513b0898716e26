import { authedRoute, readJson } from "@/lib/server/http";
import { moveEdge } from "@/lib/server/services/inferences/move-edge";

export const PUT = authedRoute<{ workspaceId: string; edgeId: string }>(async ({ user, params, request }) =>
  moveEdge(user, params.workspaceId, params.edgeId, await readJson(request)),
);

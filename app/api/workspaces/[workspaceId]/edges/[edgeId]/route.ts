import { authedRoute, readJson } from "@/lib/server/http";
import { deleteEdge } from "@/lib/server/services/inferences/delete-edge";
import { updateEdge } from "@/lib/server/services/inferences/update-edge";

type Params = { workspaceId: string; edgeId: string };

export const PATCH = authedRoute<Params>(async ({ user, params, request }) =>
  updateEdge(user, params.workspaceId, params.edgeId, await readJson(request)),
);

export const DELETE = authedRoute<Params>(async ({ user, params }) => deleteEdge(user, params.workspaceId, params.edgeId));

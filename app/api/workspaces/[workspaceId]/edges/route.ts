import { authedRoute, readJson } from "@/lib/server/http";
import { createEdge } from "@/lib/server/services/inferences/create-edge";

export const POST = authedRoute<{ workspaceId: string }>(
  async ({ user, params, request }) => createEdge(user, params.workspaceId, await readJson(request)),
  { status: 201 },
);

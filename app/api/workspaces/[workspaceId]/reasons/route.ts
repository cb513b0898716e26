import { authedRoute, readJson } from "@/lib/server/http";
import { addReason } from "@/lib/server/services/inferences/add-reason";

export const POST = authedRoute<{ workspaceId: string }>(
  async ({ user, params, request }) => addReason(user, params.workspaceId, await readJson(request)),
  { status: 201 },
);

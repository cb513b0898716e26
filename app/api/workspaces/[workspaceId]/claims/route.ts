import { authedRoute, readJson } from "@/lib/server/http";
import { createClaim } from "@/lib/server/services/claims/create-claim";

export const POST = authedRoute<{ workspaceId: string }>(
  async ({ user, params, request }) => createClaim(user, params.workspaceId, await readJson(request)),
  { status: 201 },
);

import { authedRoute } from "@/lib/server/http";
import { getSource } from "@/lib/server/services/sources/get-source";

export const GET = authedRoute<{ workspaceId: string; sourceId: string }>(async ({ user, params }) =>
  getSource(user, params.workspaceId, params.sourceId),
);

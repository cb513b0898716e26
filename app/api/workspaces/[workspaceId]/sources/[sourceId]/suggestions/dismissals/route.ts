import { authedRoute, readJson } from "@/lib/server/http";
import { dismissSuggestion } from "@/lib/server/services/sources/suggest-claims";

type Params = { workspaceId: string; sourceId: string };

export const POST = authedRoute<Params>(
  async ({ user, params, request }) => dismissSuggestion(user, params.workspaceId, params.sourceId, await readJson(request)),
  { status: 201 },
);

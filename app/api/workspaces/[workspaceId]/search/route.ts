import { authedRoute } from "@/lib/server/http";
import { searchWorkspace } from "@/lib/server/services/search/search-workspace";

export const GET = authedRoute<{ workspaceId: string }>(async ({ user, params, request }) =>
  searchWorkspace(user, params.workspaceId, { q: new URL(request.url).searchParams.get("q") ?? "" }),
);

import { authedRoute } from "@/lib/server/http";
import { listSuggestions } from "@/lib/server/services/sources/suggest-claims";

type Params = { workspaceId: string; sourceId: string };

/** `?limit=` (1–50, default 10). */
export const GET = authedRoute<Params>(async ({ user, params, request }) =>
  listSuggestions(user, params.workspaceId, params.sourceId, { limit: new URL(request.url).searchParams.get("limit") ?? undefined }),
);

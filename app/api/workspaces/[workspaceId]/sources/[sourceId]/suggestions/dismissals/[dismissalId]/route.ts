import { authedRoute } from "@/lib/server/http";
import { restoreSuggestion } from "@/lib/server/services/sources/suggest-claims";

type Params = { workspaceId: string; sourceId: string; dismissalId: string };

export const DELETE = authedRoute<Params>(async ({ user, params }) => restoreSuggestion(user, params.workspaceId, params.sourceId, params.dismissalId));

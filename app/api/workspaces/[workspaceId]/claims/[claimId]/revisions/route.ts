import { authedRoute } from "@/lib/server/http";
import { claimRevisions } from "@/lib/server/services/history/activity-feed";

type Params = { workspaceId: string; claimId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => claimRevisions(user, params.workspaceId, params.claimId));

import { authedRoute } from "@/lib/server/http";
import { stanceOverview } from "@/lib/server/services/stances/stance-overview";

type Params = { workspaceId: string };

/** Members × key claims, with blind mode applied for the caller. */
export const GET = authedRoute<Params>(async ({ user, params }) => stanceOverview(user, params.workspaceId));

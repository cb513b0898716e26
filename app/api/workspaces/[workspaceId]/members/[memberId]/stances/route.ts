import { authedRoute } from "@/lib/server/http";
import { memberStances } from "@/lib/server/services/stances/member-stances";

type Params = { workspaceId: string; memberId: string };

/** One member's stances as the caller may see them (blind mode applied), for the map's perspective switch. */
export const GET = authedRoute<Params>(async ({ user, params }) => memberStances(user, params.workspaceId, params.memberId));

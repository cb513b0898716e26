import { authedRoute } from "@/lib/server/http";
import { listMembers } from "@/lib/server/services/members/list-members";

type Params = { workspaceId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => listMembers(user, params.workspaceId));

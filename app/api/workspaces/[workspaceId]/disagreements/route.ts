import { authedRoute } from "@/lib/server/http";
import { getDisagreements } from "@/lib/server/services/map/get-disagreements";

export const GET = authedRoute<{ workspaceId: string }>(async ({ user, params }) => getDisagreements(user, params.workspaceId));

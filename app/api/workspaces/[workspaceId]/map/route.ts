import { authedRoute } from "@/lib/server/http";
import { getMap } from "@/lib/server/services/map/get-map";

export const GET = authedRoute<{ workspaceId: string }>(async ({ user, params }) => getMap(user, params.workspaceId));

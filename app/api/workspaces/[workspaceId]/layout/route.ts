import { authedRoute, readJson } from "@/lib/server/http";
import { relayoutMap } from "@/lib/server/services/map/relayout-map";

/** Save a whole new arrangement of the map as one undoable change. */
export const POST = authedRoute<{ workspaceId: string }>(async ({ request, user, params }) => relayoutMap(user, params.workspaceId, await readJson(request)));

import { authedRoute, readJson } from "@/lib/server/http";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";
import { updateWorkspace } from "@/lib/server/services/workspaces/update-workspace";

type Params = { workspaceId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => getWorkspace(user, params.workspaceId));

/** `{name?, blindStances?}`: owners only. */
export const PATCH = authedRoute<Params>(async ({ user, params, request }) => updateWorkspace(user, params.workspaceId, await readJson(request)));

import { authedRoute, readJson } from "@/lib/server/http";
import { updateDebateSides } from "@/lib/server/services/debates/update-debate-sides";

type Params = { workspaceId: string; debateId: string };

/** `{version, for: memberIds, against: memberIds}`: reassign the sides (owners). */
export const PATCH = authedRoute<Params>(async ({ user, params, request }) => updateDebateSides(user, params.workspaceId, params.debateId, await readJson(request)));

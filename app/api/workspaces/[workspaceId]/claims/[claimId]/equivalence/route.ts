import { authedRoute, readJson } from "@/lib/server/http";
import { separateClaim } from "@/lib/server/services/equivalence/separate-claim";

type Params = { workspaceId: string; claimId: string };

/** "Not the same": the claim leaves its proposition. */
export const DELETE = authedRoute<Params>(async ({ user, params, request }) => separateClaim(user, params.workspaceId, params.claimId, await readJson(request)));

import { authedRoute, readJson } from "@/lib/server/http";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { updateClaim } from "@/lib/server/services/claims/update-claim";

type Params = { workspaceId: string; claimId: string };

export const PATCH = authedRoute<Params>(async ({ user, params, request }) =>
  updateClaim(user, params.workspaceId, params.claimId, await readJson(request)),
);

export const DELETE = authedRoute<Params>(async ({ user, params }) => deleteClaim(user, params.workspaceId, params.claimId));

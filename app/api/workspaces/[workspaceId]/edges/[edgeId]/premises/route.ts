import { authedRoute, readJson } from "@/lib/server/http";
import { addPremise, removePremise } from "@/lib/server/services/inferences/change-premises";

type Params = { workspaceId: string; edgeId: string };

/** Add a premise (an existing claim, or an unstated one written here) to a support or opposition. */
export const POST = authedRoute<Params>(async ({ user, params, request }) =>
  addPremise(user, params.workspaceId, params.edgeId, await readJson(request)),
);

/** Take a premise out of a linked group: `{ version, claimId }`. */
export const DELETE = authedRoute<Params>(async ({ user, params, request }) =>
  removePremise(user, params.workspaceId, params.edgeId, await readJson(request)),
);

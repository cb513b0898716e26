import { authedRoute, readJson } from "@/lib/server/http";
import { clearStance, setStance } from "@/lib/server/services/stances/set-stance";

type Params = { workspaceId: string; claimId: string };

/** `{value: "agree" | "disagree" | "unsure"}`: mark, change or confirm your stance. */
export const PUT = authedRoute<Params>(async ({ user, params, request }) => setStance(user, params.workspaceId, params.claimId, await readJson(request)));

export const DELETE = authedRoute<Params>(async ({ user, params }) => clearStance(user, params.workspaceId, params.claimId));

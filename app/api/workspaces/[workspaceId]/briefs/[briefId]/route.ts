import { authedRoute, readJson } from "@/lib/server/http";
import { deleteBrief } from "@/lib/server/services/briefs/delete-brief";
import { getBrief } from "@/lib/server/services/briefs/get-brief";
import { updateBrief } from "@/lib/server/services/briefs/update-brief";

type Params = { workspaceId: string; briefId: string };

/** The brief recomputed from the live map; `?semantics=dfquad|qe|euler` overrides its saved semantics. */
export const GET = authedRoute<Params>(async ({ user, params, request }) =>
  getBrief(user, params.workspaceId, params.briefId, { semantics: new URL(request.url).searchParams.get("semantics") }),
);

/** `{version, title?, semantics?, timeLimitMinutes?}` (the brief's author or an owner). */
export const PATCH = authedRoute<Params>(async ({ user, params, request }) => updateBrief(user, params.workspaceId, params.briefId, await readJson(request)));

export const DELETE = authedRoute<Params>(async ({ user, params }) => deleteBrief(user, params.workspaceId, params.briefId));

import { authedRoute, readJson } from "@/lib/server/http";
import { revealDebate } from "@/lib/server/services/debates/reveal-debate";

type Params = { workspaceId: string; debateId: string };

/** `{version}`: reveal both briefs to every member (owners). */
export const POST = authedRoute<Params>(async ({ user, params, request }) => revealDebate(user, params.workspaceId, params.debateId, await readJson(request)));

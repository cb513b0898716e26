import { authedRoute, readJson } from "@/lib/server/http";
import { createBrief } from "@/lib/server/services/briefs/create-brief";
import { listBriefs } from "@/lib/server/services/briefs/list-briefs";

type Params = { workspaceId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => listBriefs(user, params.workspaceId));

/** `{thesisId, side: "for" | "against", semantics?, timeLimitMinutes?, title?}`: prepare a debate. */
export const POST = authedRoute<Params>(async ({ user, params, request }) => createBrief(user, params.workspaceId, await readJson(request)), { status: 201 });

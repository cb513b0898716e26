import { authedRoute, readJson } from "@/lib/server/http";
import { createDebate } from "@/lib/server/services/debates/create-debate";
import { listDebates } from "@/lib/server/services/debates/list-debates";

type Params = { workspaceId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => listDebates(user, params.workspaceId));

/** `{thesisId, for: memberIds, against: memberIds, semantics?, timeLimitMinutes?}`: set up a group debate (owners). */
export const POST = authedRoute<Params>(async ({ user, params, request }) => createDebate(user, params.workspaceId, await readJson(request)), { status: 201 });

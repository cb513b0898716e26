import { authedRoute, readJson } from "@/lib/server/http";
import { answerObjection } from "@/lib/server/services/briefs/answer-objection";

type Params = { workspaceId: string; briefId: string };

/** Drill: `{objectionId, text, as: "oppose" | "undercut"}` adds the rebuttal to the map. */
export const POST = authedRoute<Params>(async ({ user, params, request }) => answerObjection(user, params.workspaceId, params.briefId, await readJson(request)), { status: 201 });

import { authedRoute, readJson } from "@/lib/server/http";
import { raiseCriticalQuestion } from "@/lib/server/services/inferences/raise-critical-question";

type Params = { workspaceId: string; edgeId: string };

/** Raise one of the edge's critical questions as an objection: `{ scheme, question, text, premiseId? }`. */
export const POST = authedRoute<Params>(
  async ({ user, params, request }) => raiseCriticalQuestion(user, params.workspaceId, params.edgeId, await readJson(request)),
  { status: 201 },
);

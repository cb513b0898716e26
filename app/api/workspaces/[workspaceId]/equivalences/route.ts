import { authedRoute, readJson } from "@/lib/server/http";
import { markEquivalent } from "@/lib/server/services/equivalence/mark-equivalent";

export const POST = authedRoute<{ workspaceId: string }>(async ({ user, params, request }) => markEquivalent(user, params.workspaceId, await readJson(request)));

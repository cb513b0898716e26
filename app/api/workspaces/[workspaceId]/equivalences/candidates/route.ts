import { authedRoute } from "@/lib/server/http";
import { findEquivalentCandidates } from "@/lib/server/services/equivalence/find-equivalent-candidates";

export const GET = authedRoute<{ workspaceId: string }>(async ({ user, params, request }) => {
  const query = new URL(request.url).searchParams;
  return findEquivalentCandidates(user, params.workspaceId, { text: query.get("text") ?? "", limit: query.get("limit") ?? undefined });
});

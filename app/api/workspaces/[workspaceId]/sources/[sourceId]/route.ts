import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/server/http";
import { getSource } from "@/lib/server/services/sources/get-source";

/** The current revision, or `?revision=N` (read-only, older). */
export const GET = authedRoute<{ workspaceId: string; sourceId: string }>(async ({ user, params, request }) => {
  const requested = new URL(request.url).searchParams.get("revision");
  const revision = requested === null ? undefined : Number(requested);
  if (revision !== undefined && (!Number.isInteger(revision) || revision < 1)) throw new AppError("VALIDATION", "`revision` must be a revision number: 1, 2, …");
  return getSource(user, params.workspaceId, params.sourceId, { revision });
});

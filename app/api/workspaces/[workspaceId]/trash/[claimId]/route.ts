import { authedRoute } from "@/lib/server/http";
import { restoreFromTrash } from "@/lib/server/services/history/trash";

type Params = { workspaceId: string; claimId: string };

/** Restore the claim (and the edges deleted with it that can still stand). */
export const POST = authedRoute<Params>(async ({ user, params }) => restoreFromTrash(user, params.workspaceId, params.claimId));

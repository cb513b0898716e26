import { authedRoute } from "@/lib/server/http";
import { peekUndo, undoLastChange } from "@/lib/server/services/history/undo";

type Params = { workspaceId: string };

/** What undo would reverse for the caller, or null. */
export const GET = authedRoute<Params>(async ({ user, params }) => peekUndo(user, params.workspaceId));

/** Reverse the caller's own last change to a claim or edge. */
export const POST = authedRoute<Params>(async ({ user, params }) => undoLastChange(user, params.workspaceId));

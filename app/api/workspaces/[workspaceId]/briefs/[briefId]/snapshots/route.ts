import { authedRoute } from "@/lib/server/http";
import { listSnapshots, takeSnapshot } from "@/lib/server/services/briefs/snapshots";

type Params = { workspaceId: string; briefId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => listSnapshots(user, params.workspaceId, params.briefId));

/** Freeze the brief as the live map gives it now. */
export const POST = authedRoute<Params>(async ({ user, params }) => takeSnapshot(user, params.workspaceId, params.briefId), { status: 201 });

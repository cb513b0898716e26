import { authedRoute } from "@/lib/server/http";
import { getSnapshot } from "@/lib/server/services/briefs/snapshots";

type Params = { workspaceId: string; briefId: string; snapshotId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => getSnapshot(user, params.workspaceId, params.briefId, params.snapshotId));

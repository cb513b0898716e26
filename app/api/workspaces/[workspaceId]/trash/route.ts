import { authedRoute } from "@/lib/server/http";
import { listTrash } from "@/lib/server/services/history/trash";

type Params = { workspaceId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => listTrash(user, params.workspaceId));

import { authedRoute } from "@/lib/server/http";
import { activityFeed } from "@/lib/server/services/history/activity-feed";

type Params = { workspaceId: string };

/** Newest first, 50 a page; `?before=<id>` continues from the previous page's `next`. */
export const GET = authedRoute<Params>(async ({ user, params, request }) => activityFeed(user, params.workspaceId, new URL(request.url).searchParams.get("before")));

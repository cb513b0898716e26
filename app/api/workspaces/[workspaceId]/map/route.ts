import { compactMap } from "@/lib/graph/map-wire";
import { authedRoute } from "@/lib/server/http";
import { getMap } from "@/lib/server/services/map/get-map";
import { mapShapeSchema } from "@/lib/validation/map";

export const GET = authedRoute<{ workspaceId: string }>(async ({ user, params, request }) => {
  const shape = mapShapeSchema.parse(new URL(request.url).searchParams.get("shape") ?? undefined);
  const map = await getMap(user, params.workspaceId);
  return shape === "compact" ? compactMap(map) : map;
});

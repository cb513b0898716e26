import { AppError } from "../../../errors";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { withUndercuts } from "./undercut-closure";

/** Move an edge, and any undercuts aimed at it, to the trash. */
export async function deleteEdge(actor: Actor, workspaceId: string, edgeId: string) {
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "edge:write");
    const edge = await tx.inference.findFirst({ where: { id: edgeId, workspaceId, deletedAt: null }, select: { id: true } });
    if (!edge) throw new AppError("NOT_FOUND", "This edge does not exist in this workspace (it may have been deleted already).");
    const ids = await withUndercuts(tx, workspaceId, [edgeId]);
    await tx.inference.updateMany({ where: { id: { in: ids } }, data: { deletedAt: new Date(), signature: null, version: { increment: 1 } } });
    await recordActivity(tx, { workspaceId, actorId: actor.id, action: "deleted", entityType: "edge", entityId: edgeId, summary: "deleted an edge", data: { edgeIds: ids } });
    return { id: edgeId, deletedEdgeIds: ids };
  });
}

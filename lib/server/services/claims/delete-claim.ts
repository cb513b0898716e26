import { AppError } from "../../../errors";
import { db, type Db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { withUndercuts } from "../inferences/undercut-closure";

/**
 * Live edges touching a claim (as premise or conclusion) and, transitively, the undercuts aimed at
 * them: exactly what goes to the trash with the claim.
 */
export async function edgesGoingWithClaim(tx: Db, workspaceId: string, claimId: string): Promise<string[]> {
  const direct = await tx.inference.findMany({
    where: { workspaceId, deletedAt: null, OR: [{ conclusionId: claimId }, { premises: { some: { claimId } } }] },
    select: { id: true },
  });
  return withUndercuts(tx, workspaceId, direct.map((d) => d.id));
}

/** Move a claim and the edges that depend on it to the trash, in one transaction. */
export async function deleteClaim(actor: Actor, workspaceId: string, claimId: string) {
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "claim:write");
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, deletedAt: null } });
    if (!claim) throw new AppError("NOT_FOUND", "This claim does not exist in this workspace (it may have been deleted already).");
    const edgeIds = await edgesGoingWithClaim(tx, workspaceId, claimId);
    const now = new Date();
    await tx.inference.updateMany({ where: { id: { in: edgeIds } }, data: { deletedAt: now, signature: null, version: { increment: 1 } } });
    await tx.claim.update({ where: { id: claimId }, data: { deletedAt: now, version: { increment: 1 } } });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "deleted",
      entityType: "claim",
      entityId: claimId,
      summary: `deleted the claim “${excerpt(claim.text)}”${edgeIds.length ? ` and ${edgeIds.length} edge${edgeIds.length === 1 ? "" : "s"}` : ""}`,
      data: { edgeIds },
    });
    return { id: claimId, deletedEdgeIds: edgeIds };
  });
}

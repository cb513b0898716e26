import { AppError } from "../../../errors";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { restoreClaimWithEdges } from "./restore";

/** How long a deleted claim can be restored. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TrashedClaim {
  id: string;
  text: string;
  deletedAt: string;
  deletedBy: string | null;
  edgeCount: number;
  expiresAt: string;
}

function trashCutoff(): Date {
  return new Date(Date.now() - TRASH_DAYS * DAY_MS);
}

/** The edge ids that were trashed with a claim, from the activity that deleted it. */
async function deletion(workspaceId: string, claimId: string) {
  const row = await db.activity.findFirst({
    where: { workspaceId, entityType: "claim", entityId: claimId, action: "deleted" },
    orderBy: { createdAt: "desc" },
    include: { actor: { select: { email: true, name: true } } },
  });
  const data = row ? (JSON.parse(row.data) as { edgeIds?: string[] }) : {};
  return { edgeIds: data.edgeIds ?? [], by: row ? row.actor.name ?? row.actor.email : null };
}

/** Claims deleted in the last 30 days, newest first: the owner's trash. */
export async function listTrash(actor: Actor, workspaceId: string): Promise<TrashedClaim[]> {
  await requireMember(db, actor, workspaceId, "workspace:manage");
  const claims = await db.claim.findMany({
    where: { workspaceId, deletedAt: { gt: trashCutoff() } },
    orderBy: { deletedAt: "desc" },
    select: { id: true, text: true, deletedAt: true },
  });
  return Promise.all(
    claims.map(async (c) => {
      const { edgeIds, by } = await deletion(workspaceId, c.id);
      return {
        id: c.id,
        text: c.text,
        deletedAt: c.deletedAt!.toISOString(),
        deletedBy: by,
        edgeCount: edgeIds.length,
        expiresAt: new Date(c.deletedAt!.getTime() + TRASH_DAYS * DAY_MS).toISOString(),
      };
    }),
  );
}

/** An owner restores a claim from the trash, with the edges deleted with it that can still stand. */
export async function restoreFromTrash(actor: Actor, workspaceId: string, claimId: string) {
  const { edgeIds } = await deletion(workspaceId, claimId);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "workspace:manage");
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, deletedAt: { not: null } } });
    if (!claim) throw new AppError("NOT_FOUND", "This claim is not in the trash (it may have been restored already).");
    if (claim.deletedAt! <= trashCutoff()) throw new AppError("CONFLICT", `This claim was deleted more than ${TRASH_DAYS} days ago and can no longer be restored.`);
    const restored = await restoreClaimWithEdges(tx, workspaceId, claimId, edgeIds);
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "restored",
      entityType: "claim",
      entityId: claimId,
      summary: `restored the claim “${excerpt(claim.text)}” from the trash${restored.length ? ` with ${restored.length} edge${restored.length === 1 ? "" : "s"}` : ""}`,
      data: { edgeIds: restored },
    });
    return { id: claimId, restoredEdgeIds: restored, skippedEdgeIds: edgeIds.filter((id) => !restored.includes(id)) };
  });
}

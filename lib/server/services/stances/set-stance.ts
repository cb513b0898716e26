import { AppError } from "../../../errors";
import { setStanceSchema } from "../../../validation/stance";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";

/**
 * Mark (or change, or confirm) where the caller stands on a claim. The stance records the wording it
 * judged, so a later rewording shows it as given on an earlier wording until its author confirms.
 */
export async function setStance(actor: Actor, workspaceId: string, claimId: string, input: unknown) {
  const { value } = setStanceSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "stance:write");
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, deletedAt: null }, select: { id: true, text: true, version: true } });
    if (!claim) throw new AppError("NOT_FOUND", "This claim does not exist in this workspace (it may have been deleted).");
    const data = { value, claimVersion: claim.version, claimText: claim.text };
    const stance = await tx.stance.upsert({
      where: { claimId_userId: { claimId, userId: actor.id } },
      create: { claimId, userId: actor.id, ...data },
      update: { ...data, version: { increment: 1 } },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "updated",
      entityType: "stance",
      entityId: stance.id,
      summary: `marked “${excerpt(claim.text)}” as ${value}`,
      data: { claimId, value },
    });
    return { claimId, value, claimVersion: claim.version };
  });
}

/** Withdraw the caller's stance on a claim. */
export async function clearStance(actor: Actor, workspaceId: string, claimId: string) {
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "stance:write");
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, deletedAt: null }, select: { id: true } });
    if (!claim) throw new AppError("NOT_FOUND", "This claim does not exist in this workspace (it may have been deleted).");
    await tx.stance.deleteMany({ where: { claimId, userId: actor.id } });
    return { claimId, value: null };
  });
}

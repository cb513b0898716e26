import { AppError } from "../../../errors";
import { markEquivalentSchema } from "../../../validation/equivalence";
import { db, type Db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";

export interface EquivalenceResult {
  groupId: string;
  version: number;
  /** Every live claim of the group after the change. */
  claimIds: string[];
}

/**
 * Mark claims as one proposition in different words. Groups the claims already belong to merge into
 * one, so "A is B" and "B is C" end as one proposition A, B, C.
 */
export async function markEquivalent(actor: Actor, workspaceId: string, input: unknown): Promise<EquivalenceResult> {
  const { claimIds } = markEquivalentSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "equivalence:write");
    return joinAsOneProposition(tx, actor, workspaceId, claimIds);
  });
}

/** The writes of `markEquivalent` inside the caller's transaction (also used when a claim is made "same as" another). */
export async function joinAsOneProposition(tx: Db, actor: Actor, workspaceId: string, claimIds: string[]): Promise<EquivalenceResult> {
  const claims = await tx.claim.findMany({ where: { id: { in: claimIds }, workspaceId, deletedAt: null }, select: { id: true, text: true, equivalenceGroupId: true } });
  if (claims.length !== new Set(claimIds).size) {
    throw new AppError("NOT_FOUND", "One of these claims does not exist in this workspace (it may have been deleted). Reload the map and choose again.");
  }
  const groupIds = [...new Set(claims.map((c) => c.equivalenceGroupId).filter((id): id is string => id !== null))];
  if (groupIds.length === 1 && claims.every((c) => c.equivalenceGroupId === groupIds[0])) {
    throw new AppError("CONFLICT", "These claims are already marked as the same proposition.");
  }
  // Keep the group with most claims, so the fewest rows move; the others are emptied into it.
  const sizes = await Promise.all(groupIds.map(async (id) => ({ id, size: await tx.claim.count({ where: { equivalenceGroupId: id } }) })));
  sizes.sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
  const kept = sizes[0]?.id ?? null;
  const absorbed = sizes.slice(1).map((s) => s.id);
  let groupId: string;
  let version: number;
  if (kept) {
    const updated = await tx.equivalenceGroup.update({ where: { id: kept }, data: { version: { increment: 1 } } });
    groupId = updated.id;
    version = updated.version;
  } else {
    const created = await tx.equivalenceGroup.create({ data: { workspaceId } });
    groupId = created.id;
    version = created.version;
  }
  // Deleted members move too, so a claim restored from the trash comes back into its proposition.
  if (absorbed.length > 0) {
    await tx.claim.updateMany({ where: { equivalenceGroupId: { in: absorbed } }, data: { equivalenceGroupId: groupId } });
    await tx.equivalenceGroup.deleteMany({ where: { id: { in: absorbed } } });
  }
  await tx.claim.updateMany({ where: { id: { in: claimIds } }, data: { equivalenceGroupId: groupId } });
  const members = await tx.claim.findMany({ where: { equivalenceGroupId: groupId, deletedAt: null }, select: { id: true }, orderBy: { createdAt: "asc" } });
  const ordered = claimIds.map((id) => claims.find((c) => c.id === id)!);
  await recordActivity(tx, {
    workspaceId,
    actorId: actor.id,
    action: "updated",
    entityType: "equivalence",
    entityId: groupId,
    summary: `marked ${ordered.map((c) => `“${excerpt(c.text, 50)}”`).join(" and ")} as the same proposition`,
    data: { claimId: ordered[0]!.id, claimIds, mergedGroups: absorbed },
  });
  return { groupId, version, claimIds: members.map((m) => m.id) };
}

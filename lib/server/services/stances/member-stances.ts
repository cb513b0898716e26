import { AppError } from "../../../errors";
import { canSeeStance } from "../../../stances/tally";
import type { StanceValue } from "../../../validation/stance";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

export interface MemberStances {
  member: { id: string; label: string; isYou: boolean };
  blind: boolean;
  /** The member's stance on each claim they marked; "hidden" where blind mode withholds it from the caller. */
  stances: { claimId: string; value: StanceValue | "hidden" }[];
}

/**
 * One member's stances, for evaluating the map as they see it. Blind mode applies claim by claim:
 * the caller sees another member's stance on a claim only once they have marked their own (owners
 * always). `memberId` is the membership's id; another workspace's membership is not found.
 */
export async function memberStances(actor: Actor, workspaceId: string, memberId: string): Promise<MemberStances> {
  const role = await requireMember(db, actor, workspaceId, "workspace:read");
  const membership = await db.membership.findFirst({
    where: { id: memberId, workspaceId },
    select: { id: true, userId: true, user: { select: { name: true, email: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "This member is not in this workspace (they may have left).");
  const [workspace, theirs, mine] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { blindStances: true } }),
    db.stance.findMany({ where: { userId: membership.userId, claim: { workspaceId, deletedAt: null } }, select: { claimId: true, value: true } }),
    db.stance.findMany({ where: { userId: actor.id, claim: { workspaceId, deletedAt: null } }, select: { claimId: true } }),
  ]);
  const context = { viewerId: actor.id, viewerIsOwner: role === "owner", blind: workspace.blindStances };
  const markedByCaller = new Set(mine.map((s) => s.claimId));
  return {
    member: { id: membership.id, label: membership.user.name ?? membership.user.email, isYou: membership.userId === actor.id },
    blind: workspace.blindStances,
    stances: theirs.map((s) => ({
      claimId: s.claimId,
      value: canSeeStance(context, membership.userId, markedByCaller.has(s.claimId)) ? (s.value as StanceValue) : "hidden",
    })),
  };
}

import { AppError } from "../../../errors";
import { roleWithArticle } from "../../../permissions";
import { changeRoleSchema } from "../../../validation/member";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { ensureAnotherOwner } from "./owners";

const MEMBER_NOT_FOUND = "This person is not a member of the workspace (they may have left).";

/** An owner gives a member another role; demoting the last owner is refused. */
export async function changeRole(actor: Actor, workspaceId: string, membershipId: string, input: unknown) {
  const { role } = changeRoleSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "members:manage");
    const member = await tx.membership.findFirst({ where: { id: membershipId, workspaceId }, include: { user: { select: { email: true } } } });
    if (!member) throw new AppError("NOT_FOUND", MEMBER_NOT_FOUND);
    if (member.role === role) return { id: member.id, role, version: member.version };
    if (member.role === "owner") await ensureAnotherOwner(tx, workspaceId, member.userId);
    const updated = await tx.membership.update({ where: { id: member.id }, data: { role, version: { increment: 1 } } });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "updated",
      entityType: "member",
      entityId: member.id,
      summary: `made ${member.user.email} ${roleWithArticle(role)}`,
      data: { from: member.role, to: role },
    });
    return { id: updated.id, role: updated.role, version: updated.version };
  });
}

/**
 * Remove a member (owners) or leave (anyone, for themselves). The last owner can do neither: the
 * workspace would be left with nobody who can manage it.
 */
export async function removeMember(actor: Actor, workspaceId: string, membershipId: string) {
  return db.$transaction(async (tx) => {
    const yourRole = await requireMember(tx, actor, workspaceId, "workspace:read");
    const member = await tx.membership.findFirst({ where: { id: membershipId, workspaceId }, include: { user: { select: { email: true } } } });
    if (!member) throw new AppError("NOT_FOUND", MEMBER_NOT_FOUND);
    const leaving = member.userId === actor.id;
    if (!leaving && yourRole !== "owner") {
      throw new AppError("FORBIDDEN", `Your role (${yourRole}) cannot remove members. Only an owner can.`);
    }
    if (member.role === "owner") await ensureAnotherOwner(tx, workspaceId, member.userId);
    await tx.membership.delete({ where: { id: member.id } });
    // A side in a group debate is a seat in this workspace: whoever leaves gives it up, so coming back
    // later does not reopen a side's brief on its own.
    await tx.debateSide.deleteMany({ where: { userId: member.userId, debate: { workspaceId } } });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "deleted",
      entityType: "member",
      entityId: member.id,
      summary: leaving ? "left the workspace" : `removed ${member.user.email}`,
    });
    return { id: member.id, left: leaving };
  });
}

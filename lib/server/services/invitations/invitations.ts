import { AppError } from "../../../errors";
import { createInvitationSchema } from "../../../validation/member";
import { db, type Db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { hashInvitationToken, newInvitationToken } from "./tokens";

const DAY_MS = 24 * 60 * 60 * 1000;
const INVITATION_NOT_FOUND = "This invitation does not exist. Ask the workspace's owner for a new link.";

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

export interface InvitationSummary {
  id: string;
  role: string;
  email: string | null;
  kind: "link" | "email";
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  createdBy: string;
}

type InvitationRow = {
  id: string;
  role: string;
  email: string | null;
  expiresAt: Date;
  createdAt: Date;
  revokedAt: Date | null;
  acceptedAt: Date | null;
  createdBy: { email: string };
};

/** Links can be used by several people until they expire or are revoked; an addressed invitation once. */
function statusOf(row: Pick<InvitationRow, "email" | "expiresAt" | "revokedAt" | "acceptedAt">, now = new Date()): InvitationStatus {
  if (row.revokedAt) return "revoked";
  if (row.email && row.acceptedAt) return "accepted";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

function summarise(row: InvitationRow): InvitationSummary {
  return {
    id: row.id,
    role: row.role,
    email: row.email,
    kind: row.email ? "email" : "link",
    status: statusOf(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy.email,
  };
}

/**
 * An owner invites: with an email address, a registered user who then sees the invitation in their
 * workspace list; without one, a link whose secret token is returned once and stored only hashed.
 */
export async function createInvitation(actor: Actor, workspaceId: string, input: unknown): Promise<InvitationSummary & { token: string }> {
  const { role, email, expiresInDays } = createInvitationSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "members:manage");
    if (email) {
      const invitee = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (!invitee) throw new AppError("VALIDATION", `No one has an Agon account with ${email}. Send them a link instead, or ask them to sign up first.`);
      const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: invitee.id } } });
      if (member) throw new AppError("CONFLICT", `${email} is already a member of this workspace (${member.role}).`);
    }
    const token = newInvitationToken();
    const row = await tx.invitation.create({
      data: { workspaceId, tokenHash: hashInvitationToken(token), role, email: email ?? null, expiresAt: new Date(Date.now() + expiresInDays * DAY_MS), createdById: actor.id },
      include: { createdBy: { select: { email: true } } },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "created",
      entityType: "invitation",
      entityId: row.id,
      summary: email ? `invited ${email} as ${role}` : `created an invitation link for ${role}s`,
    });
    return { ...summarise(row), token };
  });
}

export async function listInvitations(actor: Actor, workspaceId: string): Promise<InvitationSummary[]> {
  await requireMember(db, actor, workspaceId, "members:manage");
  const rows = await db.invitation.findMany({
    where: { workspaceId },
    include: { createdBy: { select: { email: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map(summarise);
}

export async function revokeInvitation(actor: Actor, workspaceId: string, invitationId: string) {
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "members:manage");
    const row = await tx.invitation.findFirst({ where: { id: invitationId, workspaceId } });
    if (!row) throw new AppError("NOT_FOUND", INVITATION_NOT_FOUND);
    if (!row.revokedAt) {
      await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
      await recordActivity(tx, {
        workspaceId,
        actorId: actor.id,
        action: "revoked",
        entityType: "invitation",
        entityId: row.id,
        summary: row.email ? `withdrew the invitation to ${row.email}` : `revoked an invitation link for ${row.role}s`,
      });
    }
    return { id: row.id, status: "revoked" as const };
  });
}

export interface InvitationPreview {
  workspace: { id: string; name: string };
  role: string;
  invitedBy: string;
  expiresAt: string;
  /** What the caller can do with it. */
  status: InvitationStatus | "wrong-user" | "already-member";
  currentRole: string | null;
}

async function loadByToken(tx: Db, token: string) {
  const row = await tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { createdBy: { select: { email: true } }, workspace: { select: { id: true, name: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", INVITATION_NOT_FOUND);
  return row;
}

async function previewOf(tx: Db, actor: Actor, row: Awaited<ReturnType<typeof loadByToken>>): Promise<InvitationPreview> {
  const user = await tx.user.findUnique({ where: { id: actor.id }, select: { email: true } });
  const member = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: row.workspaceId, userId: actor.id } } });
  let status: InvitationPreview["status"] = statusOf(row);
  if (status === "pending" && row.email && row.email !== user?.email) status = "wrong-user";
  else if (status === "pending" && member) status = "already-member";
  return {
    workspace: row.workspace,
    role: row.role,
    invitedBy: row.createdBy.email,
    expiresAt: row.expiresAt.toISOString(),
    status,
    currentRole: member?.role ?? null,
  };
}

/** What an invitation link offers the signed-in caller, before they accept it. */
export async function previewInvitation(actor: Actor, token: string): Promise<InvitationPreview> {
  return previewOf(db, actor, await loadByToken(db, token));
}

const REFUSALS: Record<Exclude<InvitationPreview["status"], "pending">, { code: "CONFLICT" | "FORBIDDEN"; message: string }> = {
  expired: { code: "CONFLICT", message: "This invitation has expired. Ask the workspace's owner for a new one." },
  revoked: { code: "CONFLICT", message: "This invitation was withdrawn by the workspace's owner." },
  accepted: { code: "CONFLICT", message: "This invitation has already been used." },
  "wrong-user": { code: "FORBIDDEN", message: "This invitation was sent to another email address. Sign in with that account to accept it." },
  "already-member": { code: "CONFLICT", message: "You are already a member of this workspace." },
};

async function accept(tx: Db, actor: Actor, row: Awaited<ReturnType<typeof loadByToken>>) {
  const preview = await previewOf(tx, actor, row);
  if (preview.status !== "pending") {
    const refusal = REFUSALS[preview.status];
    throw new AppError(refusal.code, refusal.message, { workspaceId: row.workspaceId, status: preview.status });
  }
  const membership = await tx.membership.create({ data: { workspaceId: row.workspaceId, userId: actor.id, role: row.role } });
  await tx.invitation.update({ where: { id: row.id }, data: { acceptedAt: row.acceptedAt ?? new Date() } });
  await recordActivity(tx, {
    workspaceId: row.workspaceId,
    actorId: actor.id,
    action: "joined",
    entityType: "member",
    entityId: membership.id,
    summary: `joined as ${row.role}`,
  });
  return { workspaceId: row.workspaceId, role: row.role };
}

/** Join the workspace an invitation link points to, with the role it carries. */
export async function acceptInvitation(actor: Actor, token: string) {
  return db.$transaction(async (tx) => accept(tx, actor, await loadByToken(tx, token)));
}

export interface PendingInvitation {
  id: string;
  workspace: { id: string; name: string };
  role: string;
  invitedBy: string;
  expiresAt: string;
}

/** Invitations addressed to the caller's email that they have not answered yet. */
export async function listMyInvitations(actor: Actor): Promise<PendingInvitation[]> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true } });
  if (!user) return [];
  const rows = await db.invitation.findMany({
    where: { email: user.email, revokedAt: null, acceptedAt: null, expiresAt: { gt: new Date() } },
    include: { createdBy: { select: { email: true } }, workspace: { select: { id: true, name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => ({ id: r.id, workspace: r.workspace, role: r.role, invitedBy: r.createdBy.email, expiresAt: r.expiresAt.toISOString() }));
}

/** Accept or decline an invitation addressed to the caller (by id: it came to them by email address). */
export async function answerMyInvitation(actor: Actor, invitationId: string, answer: "accept" | "decline") {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { email: true } });
    const row = await tx.invitation.findFirst({
      where: { id: invitationId, email: user?.email ?? "\u0000" },
      include: { createdBy: { select: { email: true } }, workspace: { select: { id: true, name: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", INVITATION_NOT_FOUND);
    if (answer === "accept") return accept(tx, actor, row);
    if (statusOf(row) === "pending") await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    return { workspaceId: row.workspaceId, declined: true };
  });
}

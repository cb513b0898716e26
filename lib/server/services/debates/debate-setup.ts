import { AppError } from "../../../errors";
import type { BriefSide } from "../../../brief";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { displayName } from "../briefs/load-brief";
import { DEBATE_NOT_FOUND } from "./sides";

export interface DebateSetup {
  thesis: { id: string; text: string };
  members: { id: string; name: string; email: string; role: string; isYou: boolean }[];
  /** The debate being changed, or null when setting up a new one. */
  debate: { id: string; version: number; revealed: boolean; assignment: Record<string, BriefSide> } | null;
}

/** What the owner's sides form needs: the motion, the members to assign and, when editing, who argues what now. */
export async function getDebateSetup(actor: Actor, workspaceId: string, target: { thesisId: string } | { debateId: string }): Promise<DebateSetup> {
  await requireMember(db, actor, workspaceId, "debate:manage");
  const debate =
    "debateId" in target
      ? await db.debate.findFirst({ where: { id: target.debateId, workspaceId }, include: { sides: true } })
      : null;
  if ("debateId" in target && !debate) throw new AppError("NOT_FOUND", DEBATE_NOT_FOUND);
  const thesisId = debate?.thesisId ?? ("thesisId" in target ? target.thesisId : "");
  const thesis = await db.claim.findFirst({ where: { id: thesisId, workspaceId, deletedAt: null }, select: { id: true, text: true } });
  if (!thesis) throw new AppError("NOT_FOUND", "The claim to debate does not exist in this workspace (it may have been deleted).");
  const memberships = await db.membership.findMany({ where: { workspaceId }, include: { user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } });
  const memberIdOf = new Map(memberships.map((m) => [m.userId, m.id]));
  const assignment: Record<string, BriefSide> = {};
  for (const s of debate?.sides ?? []) {
    const memberId = memberIdOf.get(s.userId);
    if (memberId && (s.side === "for" || s.side === "against")) assignment[memberId] = s.side;
  }
  return {
    thesis,
    members: memberships.map((m) => ({ id: m.id, name: displayName(m.user), email: m.user.email, role: m.role, isYou: m.userId === actor.id })),
    debate: debate ? { id: debate.id, version: debate.version, revealed: debate.revealedAt !== null, assignment } : null,
  };
}

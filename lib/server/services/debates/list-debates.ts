import { maySeeSideBrief, sideOf, type BriefSide } from "../../../brief";
import { can } from "../../../permissions";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { displayName } from "../briefs/load-brief";

export interface DebateView {
  id: string;
  version: number;
  thesis: { id: string; text: string; deleted: boolean };
  createdAt: string;
  revealedAt: string | null;
  /** Who argues which side (any member may know the teams; only the briefs are private). */
  sides: Record<BriefSide, { memberId: string; name: string; isYou: boolean }[]>;
  yourSide: BriefSide | null;
  /** The side briefs the caller may open; the other side's is left out entirely until the reveal. */
  briefs: { id: string; side: BriefSide; title: string }[];
  /** How many side briefs exist but are hidden from the caller (so the page can say so). */
  hiddenBriefs: number;
  mayManage: boolean;
}

/** The workspace's group debates as the caller may see them, newest first. */
export async function listDebates(actor: Actor, workspaceId: string): Promise<DebateView[]> {
  const role = await requireMember(db, actor, workspaceId, "workspace:read");
  const [debates, members] = await Promise.all([
    db.debate.findMany({
      where: { workspaceId },
      include: {
        thesis: { select: { id: true, text: true, deletedAt: true } },
        sides: { include: { user: { select: { name: true, email: true } } } },
        briefs: { where: { deletedAt: null }, select: { id: true, side: true, title: true } },
      },
      orderBy: { createdAt: "desc" },
    }),
    db.membership.findMany({ where: { workspaceId }, select: { id: true, userId: true } }),
  ]);
  const memberIdOf = new Map(members.map((m) => [m.userId, m.id]));
  return debates.map((d) => {
    const visibility = { revealed: d.revealedAt !== null, sides: d.sides };
    const visible = d.briefs.filter((b) => maySeeSideBrief(b.side, visibility, { userId: actor.id, role }));
    const team = (side: BriefSide) =>
      d.sides
        .filter((s) => s.side === side && memberIdOf.has(s.userId))
        .map((s) => ({ memberId: memberIdOf.get(s.userId)!, name: displayName(s.user), isYou: s.userId === actor.id }))
        .sort((a, b) => a.name.localeCompare(b.name));
    return {
      id: d.id,
      version: d.version,
      thesis: { id: d.thesis.id, text: d.thesis.text, deleted: d.thesis.deletedAt !== null },
      createdAt: d.createdAt.toISOString(),
      revealedAt: d.revealedAt?.toISOString() ?? null,
      sides: { for: team("for"), against: team("against") },
      yourSide: sideOf(visibility, actor.id),
      briefs: visible.map((b) => ({ id: b.id, side: b.side as BriefSide, title: b.title })).sort((a, b) => (a.side === b.side ? 0 : a.side === "for" ? -1 : 1)),
      hiddenBriefs: d.briefs.length - visible.length,
      mayManage: can(role, "debate:manage"),
    };
  });
}

/** One debate as the caller may see it, or null when it is not in this workspace. */
export async function getDebate(actor: Actor, workspaceId: string, debateId: string): Promise<DebateView | null> {
  return (await listDebates(actor, workspaceId)).find((d) => d.id === debateId) ?? null;
}

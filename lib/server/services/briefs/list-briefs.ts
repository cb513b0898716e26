import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { displayName, maySeeBrief } from "./load-brief";

export interface BriefListItem {
  id: string;
  title: string;
  side: string;
  semantics: string;
  thesis: { id: string; text: string; deleted: boolean };
  timeLimitMinutes: number | null;
  author: string;
  isMine: boolean;
  createdAt: string;
  snapshots: number;
  /** Set for a side's brief in a group debate. */
  debate: { id: string; revealed: boolean } | null;
}

/** The workspace's briefs the caller may see, newest first (all of them, except group-debate briefs of the other side before the reveal). */
export async function listBriefs(actor: Actor, workspaceId: string): Promise<BriefListItem[]> {
  const role = await requireMember(db, actor, workspaceId, "workspace:read");
  const rows = await db.brief.findMany({
    where: { workspaceId, deletedAt: null },
    include: {
      thesis: { select: { id: true, text: true, deletedAt: true } },
      createdBy: { select: { name: true, email: true } },
      _count: { select: { snapshots: true } },
      debate: { select: { id: true, revealedAt: true, sides: { select: { userId: true, side: true } } } },
    },
    orderBy: { createdAt: "desc" },
  });
  return rows.filter((b) => maySeeBrief(b, actor, role)).map((b) => ({
    id: b.id,
    title: b.title,
    side: b.side,
    semantics: b.semantics,
    thesis: { id: b.thesis.id, text: b.thesis.text, deleted: b.thesis.deletedAt !== null },
    timeLimitMinutes: b.timeLimitMinutes,
    author: displayName(b.createdBy),
    isMine: b.createdById === actor.id,
    createdAt: b.createdAt.toISOString(),
    snapshots: b._count.snapshots,
    debate: b.debate ? { id: b.debate.id, revealed: b.debate.revealedAt !== null } : null,
  }));
}

import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { displayName } from "./load-brief";

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
}

/** The workspace's briefs, newest first. Briefs are shared: every member may open every brief. */
export async function listBriefs(actor: Actor, workspaceId: string): Promise<BriefListItem[]> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const rows = await db.brief.findMany({
    where: { workspaceId, deletedAt: null },
    include: { thesis: { select: { id: true, text: true, deletedAt: true } }, createdBy: { select: { name: true, email: true } }, _count: { select: { snapshots: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((b) => ({
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
  }));
}

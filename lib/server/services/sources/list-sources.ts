import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

export interface SourceSummary {
  id: string;
  author: string;
  title: string;
  year: number | null;
  colorIndex: number;
  claimCount: number;
  characters: number;
  createdAt: string;
}

export async function listSources(actor: Actor, workspaceId: string): Promise<SourceSummary[]> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const sources = await db.source.findMany({
    where: { workspaceId, deletedAt: null },
    orderBy: [{ year: "asc" }, { createdAt: "asc" }],
    include: {
      currentRevision: { select: { normalizedText: true } },
      _count: { select: { anchors: { where: { claim: { deletedAt: null } } } } },
    },
  });
  return sources.map((s) => ({
    id: s.id,
    author: s.author,
    title: s.title,
    year: s.year,
    colorIndex: s.colorIndex,
    claimCount: s._count.anchors,
    characters: s.currentRevision?.normalizedText.length ?? 0,
    createdAt: s.createdAt.toISOString(),
  }));
}

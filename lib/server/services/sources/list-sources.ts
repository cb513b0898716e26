import { REVIEW_BELOW_SCORE } from "../../../anchoring";
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
  /** Passages of live claims and evidence orphaned or moved by a revision and not yet reviewed. */
  reviewCount: number;
  revisionCount: number;
}

export async function listSources(actor: Actor, workspaceId: string): Promise<SourceSummary[]> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const sources = await db.source.findMany({
    where: { workspaceId, deletedAt: null },
    orderBy: [{ year: "asc" }, { createdAt: "asc" }],
    include: {
      currentRevision: { select: { normalizedText: true } },
      _count: { select: { anchors: { where: { claim: { deletedAt: null } } }, revisions: true } },
    },
  });
  // Kept in step with lib/anchoring `needsReview`.
  const review = await db.anchor.groupBy({
    by: ["sourceId"],
    where: {
      workspaceId,
      AND: [
        { OR: [{ status: "orphaned" }, { status: "fuzzy", score: { lt: REVIEW_BELOW_SCORE } }] },
        { OR: [{ claim: { deletedAt: null } }, { evidence: { inference: { deletedAt: null } } }] },
      ],
    },
    _count: { _all: true },
  });
  const reviewBySource = new Map(review.map((r) => [r.sourceId, r._count._all]));
  return sources.map((s) => ({
    id: s.id,
    author: s.author,
    title: s.title,
    year: s.year,
    colorIndex: s.colorIndex,
    claimCount: s._count.anchors,
    characters: s.currentRevision?.normalizedText.length ?? 0,
    createdAt: s.createdAt.toISOString(),
    reviewCount: reviewBySource.get(s.id) ?? 0,
    revisionCount: s._count.revisions,
  }));
}

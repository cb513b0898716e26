import { AppError } from "../../../errors";
import { computeBrief, maySeeSideBrief, type BriefSemantics, type BriefSide, type ComputedBrief } from "../../../brief";
import type { Paragraph } from "../../../text";
import type { Db } from "../../db";
import type { Actor } from "../../access";
import { getMap } from "../map/get-map";

export const BRIEF_NOT_FOUND = "This brief does not exist in this workspace (it may have been deleted).";

/**
 * A live brief row of the workspace that the caller may see; another workspace's id is as missing as
 * a wrong one, and so is the other side's brief of a group debate before the owner reveals it.
 */
export async function findBrief(tx: Db, actor: Actor, role: string, workspaceId: string, briefId: string) {
  const brief = await tx.brief.findFirst({
    where: { id: briefId, workspaceId, deletedAt: null },
    include: {
      thesis: { select: { text: true, deletedAt: true } },
      createdBy: { select: { name: true, email: true } },
      debate: { select: { id: true, revealedAt: true, sides: { select: { userId: true, side: true } } } },
    },
  });
  if (!brief || !maySeeBrief(brief, actor, role)) throw new AppError("NOT_FOUND", BRIEF_NOT_FOUND);
  return brief;
}

type DebateVisibility = { side: string; debate: { revealedAt: Date | null; sides: { userId: string; side: string }[] } | null };

/** The rule of `lib/brief/debate.ts` applied to a brief row with its debate. */
export function maySeeBrief(brief: DebateVisibility, actor: Actor, role: string): boolean {
  const debate = brief.debate ? { revealed: brief.debate.revealedAt !== null, sides: brief.debate.sides } : null;
  return maySeeSideBrief(brief.side, debate, { userId: actor.id, role });
}

export function displayName(user: { name: string | null; email: string }): string {
  return user.name?.trim() || user.email.split("@")[0]!;
}

/** Only the brief's author and the workspace's owners may change or delete it. */
export function requireBriefAuthor(actor: Actor, role: string, brief: { createdById: string }): void {
  if (brief.createdById !== actor.id && role !== "owner") throw new AppError("FORBIDDEN", "Only the author of this brief or an owner of the workspace can change it.");
}

/**
 * The brief computed from the live map as the caller may see it, or null when its thesis is deleted.
 * Paragraphs are loaded only for the revisions that anchors cite, for "¶ n" in citations.
 */
export async function computeLiveBrief(
  tx: Db,
  actor: Actor,
  workspaceId: string,
  request: { thesisId: string; side: BriefSide; semantics: BriefSemantics },
): Promise<ComputedBrief | null> {
  const map = await getMap(actor, workspaceId);
  const revisionIds = new Set<string>();
  for (const claim of map.claims) if (claim.anchor) revisionIds.add(claim.anchor.revisionId);
  for (const edge of [...map.edges, ...map.undercuts]) for (const e of edge.evidence) if (e.quote) revisionIds.add(e.quote.revisionId);
  const rows = await tx.sourceRevision.findMany({ where: { id: { in: [...revisionIds] } }, select: { id: true, paragraphs: true } });
  const paragraphs = new Map(rows.map((r) => [r.id, JSON.parse(r.paragraphs) as Paragraph[]]));
  return computeBrief({ map, ...request, paragraphs });
}

import { sideOf, type BriefSemantics, type BriefSide, type ComputedBrief } from "../../../brief";
import { semanticsSchema } from "../../../validation/brief";
import { can } from "../../../permissions";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { computeLiveBrief, displayName, findBrief } from "./load-brief";

export interface BriefView {
  id: string;
  title: string;
  side: BriefSide;
  /** The brief's saved semantics; `computed` may use another one asked for by the caller. */
  semantics: BriefSemantics;
  timeLimitMinutes: number | null;
  version: number;
  thesisId: string;
  author: string;
  createdAt: string;
  /** Null when the thesis claim was deleted: restore it from the trash to see the brief again. */
  computed: ComputedBrief | null;
  computedAt: string;
  snapshots: { id: string; takenAt: string; takenBy: string }[];
  may: { edit: boolean; snapshot: boolean; answer: boolean };
  /** Set for a side's brief in a group debate: whether both briefs are revealed, and the caller's side. */
  debate: { id: string; revealed: boolean; yourSide: BriefSide | null } | null;
}

/**
 * A brief recomputed from the live map, under its own semantics or the one asked for (the semantics
 * switch), with its snapshots. Throws NOT_FOUND for a missing brief or a non-member, VALIDATION for an
 * unknown semantics.
 */
export async function getBrief(actor: Actor, workspaceId: string, briefId: string, options: { semantics?: string | null } = {}): Promise<BriefView> {
  const role = await requireMember(db, actor, workspaceId, "workspace:read");
  const brief = await findBrief(db, actor, role, workspaceId, briefId);
  const semantics = options.semantics ? semanticsSchema.parse(options.semantics) : (brief.semantics as BriefSemantics);
  const [computed, snapshots] = await Promise.all([
    computeLiveBrief(db, actor, workspaceId, { thesisId: brief.thesisId, side: brief.side as BriefSide, semantics }),
    db.briefSnapshot.findMany({ where: { briefId }, include: { takenBy: { select: { name: true, email: true } } }, orderBy: { takenAt: "desc" } }),
  ]);
  return {
    id: brief.id,
    title: brief.title,
    side: brief.side as BriefSide,
    semantics: brief.semantics as BriefSemantics,
    timeLimitMinutes: brief.timeLimitMinutes,
    version: brief.version,
    thesisId: brief.thesisId,
    author: displayName(brief.createdBy),
    createdAt: brief.createdAt.toISOString(),
    computed,
    computedAt: new Date().toISOString(),
    snapshots: snapshots.map((s) => ({ id: s.id, takenAt: s.takenAt.toISOString(), takenBy: displayName(s.takenBy) })),
    may: {
      edit: brief.createdById === actor.id || role === "owner",
      snapshot: can(role, "brief:write"),
      answer: can(role, "claim:write") && can(role, "edge:write"),
    },
    debate: brief.debate ? { id: brief.debate.id, revealed: brief.debate.revealedAt !== null, yourSide: sideOf({ revealed: false, sides: brief.debate.sides }, actor.id) } : null,
  };
}

import { AppError } from "../../../errors";
import type { BriefSemantics, BriefSide } from "../../../brief";
import { drillAnswerSchema } from "../../../validation/brief";
import { createClaimSchema } from "../../../validation/claim";
import { createEdgeSchema } from "../../../validation/edge";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { insertClaim } from "../claims/create-claim";
import { insertEdge } from "../inferences/create-edge";
import { computeLiveBrief, findBrief } from "./load-brief";

/**
 * A drill answer: the student's rebuttal of one objection of the brief becomes a new claim on the map,
 * opposing the objection or undercutting the edge through which it argues, in one transaction (the
 * claim and its edge are saved together or not at all). Editors and owners only, since it changes the
 * shared map. The objection must still be an objection of the brief on the live map.
 */
export async function answerObjection(actor: Actor, workspaceId: string, briefId: string, input: unknown) {
  const { objectionId, text, as } = drillAnswerSchema.parse(input);
  const role = await requireMember(db, actor, workspaceId, "edge:write");
  const brief = await findBrief(db, actor, role, workspaceId, briefId);
  const computed = await computeLiveBrief(db, actor, workspaceId, { thesisId: brief.thesisId, side: brief.side as BriefSide, semantics: brief.semantics as BriefSemantics });
  const objection = computed?.objections.find((o) => o.objection.id === objectionId)?.objection;
  if (!objection) throw new AppError("VALIDATION", "This claim is no longer an objection in this brief: the map has changed. Reload the drill.");
  if (as === "undercut" && objection.via.kind === "undercut") {
    throw new AppError("VALIDATION", "This objection is itself an objection to an edge; answer it with an opposing claim instead.");
  }
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "edge:write");
    const claim = await insertClaim(tx, actor, workspaceId, createClaimSchema.parse({ text, type: "objection" }));
    const edgeInput = as === "oppose" ? { kind: "oppose", from: claim.id, to: objectionId } : { kind: "undercut", from: claim.id, targetEdge: objection.via.edgeId };
    const edge = await insertEdge(tx, actor, workspaceId, createEdgeSchema.parse(edgeInput));
    return { claimId: claim.id, edgeId: edge.id, as };
  });
}

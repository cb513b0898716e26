import { AppError } from "../../../errors";
import { edgeSignature, edgeViolation } from "../../../graph/edge-rules";
import type { EdgeKind } from "../../../validation/edge";
import { moveEdgeSchema } from "../../../validation/outline";
import { db, isUniqueViolation } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { duplicateEdgeError, KIND_VERB } from "./create-edge";
import { saveEdgeSignature } from "./save-edge-signature";

export const MOVE_CONFLICT_MESSAGE = "Someone else changed this reason since you loaded it; the latest version is shown now. Try the move again if you still want it.";

/** What the activity row keeps so undo can put the inference back where it concluded before. */
export type MoveEdgeActivityData = {
  conclusionBefore: string;
  conclusionAfter: string;
};

/**
 * Re-point a support or opposition at another conclusion (its premises, kind, evidence and the
 * objections to it stay with it): the outline's indent and outdent. Refused when stale, when the new
 * conclusion is one of its premises or not in this workspace, and when the same reason already
 * argues for that claim. Undercuts aim at inferences, not claims, and do not move this way.
 */
export async function moveEdge(actor: Actor, workspaceId: string, edgeId: string, input: unknown) {
  const { version, conclusion } = moveEdgeSchema.parse(input);
  let kind: EdgeKind = "support";
  try {
    return await db.$transaction(async (tx) => {
      await requireMember(tx, actor, workspaceId, "edge:write");
      const edge = await tx.inference.findFirst({
        where: { id: edgeId, workspaceId, deletedAt: null },
        include: { premises: { select: { claimId: true, claim: { select: { text: true } } }, orderBy: { position: "asc" } } },
      });
      if (!edge) throw new AppError("NOT_FOUND", "This edge does not exist in this workspace (it may have been deleted).");
      if (edge.version !== version) throw new AppError("CONFLICT", MOVE_CONFLICT_MESSAGE);
      if (edge.kind === "undercut" || !edge.conclusionId) throw new AppError("VALIDATION", "An objection to an edge stays with that edge; it cannot be moved to a claim.");
      kind = edge.kind as EdgeKind;
      if (edge.conclusionId === conclusion) throw new AppError("VALIDATION", "This is already a reason for that claim.");
      const premiseIds = edge.premises.map((p) => p.claimId);
      for (const premise of premiseIds) {
        const violation = edgeViolation(premise, conclusion);
        if (violation) throw new AppError("VALIDATION", violation);
      }
      const target = await tx.claim.findFirst({ where: { id: conclusion, workspaceId, deletedAt: null }, select: { text: true } });
      if (!target) throw new AppError("NOT_FOUND", "The claim to move this reason under does not exist in this workspace.");
      const signature = edgeSignature(kind, premiseIds, conclusion);
      await saveEdgeSignature(tx, { workspaceId, edgeId, version, signature, conclusionId: conclusion }, { duplicate: () => duplicateEdgeError(kind), stale: () => new AppError("CONFLICT", MOVE_CONFLICT_MESSAGE) });
      const data: MoveEdgeActivityData = { conclusionBefore: edge.conclusionId, conclusionAfter: conclusion };
      await recordActivity(tx, {
        workspaceId,
        actorId: actor.id,
        action: "updated",
        entityType: "edge",
        entityId: edgeId,
        summary: `moved “${excerpt(edge.premises[0]?.claim.text ?? "", 40)}” to say it ${KIND_VERB[kind]} “${excerpt(target.text, 40)}”`,
        data,
      });
      await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
      return { id: edgeId, version: version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEdgeError(kind);
    throw error;
  }
}

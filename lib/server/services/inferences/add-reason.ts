import { addReasonSchema } from "../../../validation/outline";
import { AppError } from "../../../errors";
import { db, isUniqueViolation } from "../../db";
import type { Actor } from "../../access";
import { insertClaim } from "../claims/create-claim";
import { duplicateEdgeError, insertEdge } from "./create-edge";

/**
 * Write a new claim and, in the same transaction, the inference that makes it a reason: a support or
 * opposition of `to`, or an objection to the inference `targetEdge`. If the edge is refused (a missing
 * claim, a deleted inference) the claim is not kept either. Unplaced: the map puts it beside its neighbours.
 */
export async function addReason(actor: Actor, workspaceId: string, input: unknown) {
  const parsed = addReasonSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const claim = await insertClaim(tx, actor, workspaceId, { text: parsed.text, type: parsed.kind === "support" ? "premise" : "objection", anchor: null, position: null });
      const edge =
        parsed.kind === "undercut"
          ? await insertEdge(tx, actor, workspaceId, { kind: "undercut", from: claim.id, targetEdge: parsed.targetEdge, note: "", evidence: [] })
          : await insertEdge(tx, actor, workspaceId, { kind: parsed.kind, from: claim.id, to: parsed.to, note: "", evidence: [] });
      return { claimId: claim.id, claimVersion: claim.version, edgeId: edge.id, edgeVersion: edge.version };
    });
  } catch (error) {
    // A brand-new claim cannot duplicate an edge; a clash here means a concurrent write got there first.
    if (isUniqueViolation(error)) throw parsed.kind === "undercut" ? new AppError("CONFLICT", "That objection was just added by someone else.") : duplicateEdgeError(parsed.kind);
    throw error;
  }
}

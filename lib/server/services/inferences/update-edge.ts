import { AppError } from "../../../errors";
import { edgeSignature } from "../../../graph/edge-rules";
import { updateEdgeSchema, type EdgeKind } from "../../../validation/edge";
import { db, isUniqueViolation } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { duplicateEdgeError } from "./create-edge";
import { addEvidence } from "./evidence";

/** Change an edge's kind or note, add or remove evidence; refused when the version is stale. */
export async function updateEdge(actor: Actor, workspaceId: string, edgeId: string, input: unknown) {
  const { version, kind, note, addEvidence: added, removeEvidenceIds } = updateEdgeSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      await requireMember(tx, actor, workspaceId, "edge:write");
      const edge = await tx.inference.findFirst({
        where: { id: edgeId, workspaceId, deletedAt: null },
        include: { premises: { select: { claimId: true } } },
      });
      if (!edge) throw new AppError("NOT_FOUND", "This edge does not exist in this workspace (it may have been deleted).");
      if (edge.kind === "undercut" && kind) throw new AppError("VALIDATION", "An undercut stays an undercut; delete it and draw a support or opposition instead.");
      const nextKind = (kind ?? edge.kind) as EdgeKind;
      const signature =
        kind && kind !== edge.kind && edge.conclusionId ? edgeSignature(nextKind, edge.premises.map((p) => p.claimId), edge.conclusionId) : edge.signature;
      if (signature !== edge.signature) {
        const clash = await tx.inference.findFirst({ where: { workspaceId, signature }, select: { id: true } });
        if (clash) throw duplicateEdgeError(nextKind);
      }
      const changed = await tx.inference.updateMany({
        where: { id: edgeId, version },
        data: { kind: nextKind, signature, ...(note !== undefined ? { note } : {}), version: { increment: 1 } },
      });
      if (changed.count === 0) {
        throw new AppError("CONFLICT", "Someone else changed this edge since you opened it. Reload to see their change.", {
          current: { id: edge.id, kind: edge.kind, note: edge.note, version: edge.version },
        });
      }
      if (removeEvidenceIds?.length) {
        await tx.evidence.deleteMany({ where: { id: { in: removeEvidenceIds }, inferenceId: edgeId } });
      }
      if (added?.length) await addEvidence(tx, workspaceId, edgeId, added);
      await recordActivity(tx, {
        workspaceId,
        actorId: actor.id,
        action: "updated",
        entityType: "edge",
        entityId: edgeId,
        summary: kind && kind !== edge.kind ? `turned an edge into “${nextKind}”` : "edited an edge",
        data: { before: { kind: edge.kind, note: edge.note } },
      });
      return { id: edgeId, version: version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEdgeError(kind ?? "support");
    throw error;
  }
}

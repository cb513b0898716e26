import { AppError } from "../../../errors";
import type { EdgeConflictVersion } from "../../../graph/types";
import { edgeSignature } from "../../../graph/edge-rules";
import { schemeById } from "../../../schemes/catalogue";
import { updateEdgeSchema, type EdgeKind } from "../../../validation/edge";
import { db, isUniqueViolation, type Db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { duplicateEdgeError } from "./create-edge";
import { addEvidence } from "./evidence";

export const EDGE_CONFLICT_MESSAGE = "Someone else changed this edge since you opened it. Their version is shown beside yours; yours is kept in the form.";

/** The edge as saved now, for a CONFLICT's details: kind, note, evidence and who saved it last. */
async function savedVersion(tx: Db, workspaceId: string, edgeId: string): Promise<EdgeConflictVersion | null> {
  const edge = await tx.inference.findFirst({
    where: { id: edgeId, workspaceId, deletedAt: null },
    include: { evidence: { include: { anchor: { include: { source: { select: { title: true, author: true } } } } }, orderBy: { createdAt: "asc" } } },
  });
  if (!edge) return null;
  const last = await tx.activity.findFirst({
    where: { workspaceId, entityType: "edge", entityId: edgeId },
    orderBy: { createdAt: "desc" },
    include: { actor: { select: { name: true, email: true } } },
  });
  return {
    id: edge.id,
    kind: edge.kind,
    note: edge.note,
    version: edge.version,
    changedBy: last ? (last.actor.name ?? last.actor.email) : null,
    evidence: edge.evidence.map((ev) => ({
      id: ev.id,
      note: ev.note,
      quote: ev.anchor ? { exact: ev.anchor.exact, sourceAuthor: ev.anchor.source.author, sourceTitle: ev.anchor.source.title } : null,
    })),
  };
}

/**
 * Change an edge's kind or note, add or remove evidence. The write only happens if the stored version
 * is the one the caller saw: otherwise CONFLICT, with the saved edge in `details.current` so the
 * caller can show both versions and nothing is lost.
 */
export async function updateEdge(actor: Actor, workspaceId: string, edgeId: string, input: unknown) {
  const { version, kind, note, addEvidence: added, removeEvidenceIds, scheme } = updateEdgeSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      await requireMember(tx, actor, workspaceId, "edge:write");
      const edge = await tx.inference.findFirst({
        where: { id: edgeId, workspaceId, deletedAt: null },
        include: { premises: { select: { claimId: true } } },
      });
      if (!edge) throw new AppError("NOT_FOUND", "This edge does not exist in this workspace (it may have been deleted).");
      const stale = async () => new AppError("CONFLICT", EDGE_CONFLICT_MESSAGE, { current: await savedVersion(tx, workspaceId, edgeId) });
      // Stale first: a stale edit must show the other version, not fail on a rule it may not break.
      if (edge.version !== version) throw await stale();
      if (edge.kind === "undercut" && scheme) throw new AppError("VALIDATION", "Schemes type supports and oppositions; an objection to an edge has none.");
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
        data: { kind: nextKind, signature, ...(note !== undefined ? { note } : {}), ...(scheme !== undefined ? { scheme } : {}), version: { increment: 1 } },
      });
      // Someone saved between our read and this write.
      if (changed.count === 0) throw await stale();
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
        summary: kind && kind !== edge.kind ? `turned an edge into “${nextKind}”` : scheme !== undefined && scheme !== edge.scheme ? `typed an edge as ${scheme ? `“${schemeById(scheme)?.name}”` : "no scheme"}` : "edited an edge",
        data: { before: { kind: edge.kind, note: edge.note, scheme: edge.scheme } },
      });
      return { id: edgeId, version: version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEdgeError(kind ?? "support");
    throw error;
  }
}

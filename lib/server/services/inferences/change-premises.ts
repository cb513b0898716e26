import { AppError } from "../../../errors";
import { edgeSignature, premiseAdditionViolation, premiseRemovalViolation } from "../../../graph/edge-rules";
import { addPremiseSchema, removePremiseSchema, type EdgeKind } from "../../../validation/edge";
import { db, isUniqueViolation, type Db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { insertClaim } from "../claims/create-claim";
import { saveEdgeSignature } from "./save-edge-signature";

export const PREMISES_CONFLICT_MESSAGE = "Someone else changed this argument since you opened it. It has been reloaded; check it and try again.";
const SAME_PREMISES_MESSAGE = "An argument with exactly these premises and this conclusion exists already.";

/** What undo needs to put the premises back (see history/undo.ts). */
export interface PremisesActivityData {
  premisesBefore: string[];
  premisesAfter: string[];
}

/** The inference as the premise actions need it, or NOT_FOUND / VALIDATION / CONFLICT. */
async function editableInference(tx: Db, workspaceId: string, edgeId: string, version: number) {
  const edge = await tx.inference.findFirst({
    where: { id: edgeId, workspaceId, deletedAt: null },
    include: { premises: { orderBy: { position: "asc" }, select: { claimId: true, position: true } }, conclusion: { select: { text: true } } },
  });
  if (!edge) throw new AppError("NOT_FOUND", "This edge does not exist in this workspace (it may have been deleted).");
  if (edge.kind === "undercut" || !edge.conclusionId) {
    throw new AppError("VALIDATION", "Premises are added to supports and oppositions; an objection to an edge has one objecting claim.");
  }
  if (edge.version !== version) throw new AppError("CONFLICT", PREMISES_CONFLICT_MESSAGE);
  return { ...edge, conclusionId: edge.conclusionId, kind: edge.kind as EdgeKind };
}

const premiseErrors = {
  duplicate: () => new AppError("CONFLICT", SAME_PREMISES_MESSAGE),
  stale: () => new AppError("CONFLICT", PREMISES_CONFLICT_MESSAGE),
};

/**
 * Add a premise to a support or opposition, making its premises linked: they carry the conclusion only
 * together. The premise is an existing claim of the workspace (`claimId`), or the words of an unstated
 * premise (`unstated`), created here as a claim of type "unstated" with no anchor. One transaction:
 * the new claim, the premise row, the new signature and version, the activity row.
 */
export async function addPremise(actor: Actor, workspaceId: string, edgeId: string, input: unknown) {
  const parsed = addPremiseSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      await requireMember(tx, actor, workspaceId, "edge:write");
      const edge = await editableInference(tx, workspaceId, edgeId, parsed.version);
      const before = edge.premises.map((p) => p.claimId);
      let claimId: string;
      let claimText: string;
      if ("claimId" in parsed) {
        const claim = await tx.claim.findFirst({ where: { id: parsed.claimId, workspaceId, deletedAt: null }, select: { id: true, text: true } });
        if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist in this workspace (it may have been deleted).");
        const supports = await tx.inference.findMany({
          where: { workspaceId, deletedAt: null, kind: "support", conclusionId: { not: null } },
          select: { kind: true, conclusionId: true, premises: { select: { claimId: true } } },
        });
        const violation = premiseAdditionViolation(
          before,
          edge.conclusionId,
          claim.id,
          supports.map((s) => ({ kind: s.kind, to: s.conclusionId!, premises: s.premises.map((p) => p.claimId) })),
        );
        if (violation) throw new AppError("VALIDATION", violation);
        claimId = claim.id;
        claimText = claim.text;
      } else {
        claimId = (await insertClaim(tx, actor, workspaceId, { text: parsed.unstated, type: "unstated", anchor: null, position: parsed.position ?? null })).id;
        claimText = parsed.unstated;
      }
      const after = [...before, claimId];
      await saveEdgeSignature(tx, { workspaceId, edgeId, version: parsed.version, signature: edgeSignature(edge.kind, after, edge.conclusionId) }, premiseErrors);
      const position = Math.max(-1, ...edge.premises.map((p) => p.position)) + 1;
      await tx.inferencePremise.create({ data: { inferenceId: edgeId, claimId, position, unstated: !("claimId" in parsed) } });
      const data: PremisesActivityData = { premisesBefore: before, premisesAfter: after };
      await recordActivity(tx, {
        workspaceId,
        actorId: actor.id,
        action: "updated",
        entityType: "edge",
        entityId: edgeId,
        summary: `added “${excerpt(claimText, 40)}” as a ${"claimId" in parsed ? "further" : "unstated"} premise for “${excerpt(edge.conclusion?.text ?? "", 40)}”`,
        data: { ...data },
      });
      await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
      return { id: edgeId, version: parsed.version + 1, premiseId: claimId };
    });
  } catch (error) {
    // The same premise set saved concurrently elsewhere: the unique signature lets only one through.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", SAME_PREMISES_MESSAGE);
    throw error;
  }
}

/**
 * Take a premise out of a linked group; the claim itself stays on the map. Removing the last but one
 * leaves a single-premise edge. The last premise cannot go (delete the edge instead).
 */
export async function removePremise(actor: Actor, workspaceId: string, edgeId: string, input: unknown) {
  const { version, claimId } = removePremiseSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      await requireMember(tx, actor, workspaceId, "edge:write");
      const edge = await editableInference(tx, workspaceId, edgeId, version);
      const before = edge.premises.map((p) => p.claimId);
      const violation = premiseRemovalViolation(before, claimId);
      if (violation) throw new AppError("VALIDATION", violation);
      const after = before.filter((id) => id !== claimId);
      await saveEdgeSignature(tx, { workspaceId, edgeId, version, signature: edgeSignature(edge.kind, after, edge.conclusionId) }, premiseErrors);
      await tx.inferencePremise.delete({ where: { inferenceId_claimId: { inferenceId: edgeId, claimId } } });
      const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { text: true } });
      const data: PremisesActivityData = { premisesBefore: before, premisesAfter: after };
      await recordActivity(tx, {
        workspaceId,
        actorId: actor.id,
        action: "updated",
        entityType: "edge",
        entityId: edgeId,
        summary: `took “${excerpt(claim?.text ?? "", 40)}” out of the premises for “${excerpt(edge.conclusion?.text ?? "", 40)}”`,
        data: { ...data },
      });
      await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
      return { id: edgeId, version: version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", SAME_PREMISES_MESSAGE);
    throw error;
  }
}

/**
 * Put an inference's premises back to `premises` (undo of a premise change), keeping the unstated
 * marks of the premises that stay. Refuses when the restored set would duplicate another live edge.
 */
export async function restorePremises(tx: Db, workspaceId: string, edgeId: string, premises: string[]) {
  const edge = await tx.inference.findUniqueOrThrow({ where: { id: edgeId }, include: { premises: true } });
  if (edge.deletedAt || !edge.conclusionId) throw new AppError("CONFLICT", "This edge has been deleted since, so its premises cannot be put back.");
  const live = await tx.claim.count({ where: { id: { in: premises }, workspaceId, deletedAt: null } });
  if (live !== premises.length) throw new AppError("CONFLICT", "One of the earlier premises has been deleted since, so the change cannot be undone.");
  const signature = edgeSignature(edge.kind as EdgeKind, premises, edge.conclusionId);
  const clash = await tx.inference.findFirst({ where: { workspaceId, signature, id: { not: edgeId } }, select: { id: true } });
  if (clash) throw new AppError("CONFLICT", "An edge with the earlier premises exists again, so the change cannot be undone.");
  const unstated = new Set(edge.premises.filter((p) => p.unstated).map((p) => p.claimId));
  await tx.inferencePremise.deleteMany({ where: { inferenceId: edgeId } });
  await tx.inferencePremise.createMany({ data: premises.map((claimId, position) => ({ inferenceId: edgeId, claimId, position, unstated: unstated.has(claimId) })) });
  await tx.inference.update({ where: { id: edgeId }, data: { signature, version: { increment: 1 } } });
}

import type { z } from "zod";
import { AppError } from "../../../errors";
import { edgeSignature, edgeViolation } from "../../../graph/edge-rules";
import { createEdgeSchema, type evidenceInputSchema } from "../../../validation/edge";
import { db, isUniqueViolation, type Db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { addEvidence } from "./evidence";

export const KIND_VERB = { support: "supports", oppose: "opposes" } as const;

export function duplicateEdgeError(kind: "support" | "oppose"): AppError {
  return new AppError("CONFLICT", `These claims are already joined: the first already ${KIND_VERB[kind]} the second.`);
}

/**
 * Join two claims of a workspace with a supporting or opposing edge (an inference with one premise),
 * with its evidence, in one transaction. Refuses self-loops and duplicates of the same kind.
 */
export async function createEdge(actor: Actor, workspaceId: string, input: unknown) {
  const parsed = createEdgeSchema.parse(input);
  try {
    return await db.$transaction((tx) => insertEdge(tx, actor, workspaceId, parsed));
  } catch (error) {
    // The same edge added concurrently: the unique signature lets only one through.
    if (isUniqueViolation(error)) throw parsed.kind === "undercut" ? new AppError("CONFLICT", UNDERCUT_DUPLICATE) : duplicateEdgeError(parsed.kind);
    throw error;
  }
}

/**
 * The writes of `createEdge` inside the caller's transaction, for actions that add an edge among other
 * changes. The caller maps a unique-signature violation (a concurrent duplicate) as `createEdge` does.
 */
export async function insertEdge(tx: Db, actor: Actor, workspaceId: string, parsed: z.output<typeof createEdgeSchema>) {
  if (parsed.kind === "undercut") return insertUndercut(tx, actor, workspaceId, parsed);
  const { from, to, kind, note, evidence } = parsed;
  const signature = edgeSignature(kind, [from], to);
  await requireMember(tx, actor, workspaceId, "edge:write");
  const violation = edgeViolation(from, to);
  if (violation) throw new AppError("VALIDATION", violation);
  const claims = await tx.claim.findMany({
    where: { id: { in: [from, to] }, workspaceId, deletedAt: null },
    select: { id: true, text: true },
  });
  if (claims.length !== 2) throw new AppError("NOT_FOUND", "One of these claims does not exist in this workspace.");
  const existing = await tx.inference.findFirst({ where: { workspaceId, signature }, select: { id: true } });
  if (existing) throw duplicateEdgeError(kind);
  const inference = await tx.inference.create({
    data: {
      workspaceId,
      kind,
      conclusionId: to,
      note,
      signature,
      createdById: actor.id,
      premises: { create: { claimId: from, position: 0 } },
    },
  });
  await addEvidence(tx, workspaceId, inference.id, evidence);
  const text = (id: string) => excerpt(claims.find((c) => c.id === id)?.text ?? "", 40);
  await recordActivity(tx, {
    workspaceId,
    actorId: actor.id,
    action: "created",
    entityType: "edge",
    entityId: inference.id,
    summary: `said “${text(from)}” ${KIND_VERB[kind]} “${text(to)}”`,
  });
  await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
  return { id: inference.id, version: inference.version };
}

const UNDERCUT_DUPLICATE = "This claim already objects to that edge.";

/**
 * An objection to an edge: the claim `from` says the edge's premises do not carry its conclusion.
 * Stored as an inference of kind "undercut" whose target is the edge. Undercuts aim at supports and
 * oppositions, not at other undercuts, and a claim cannot undercut an edge it is part of.
 */
async function insertUndercut(tx: Db, actor: Actor, workspaceId: string, input: { from: string; targetEdge: string; note: string; evidence: z.output<typeof evidenceInputSchema>[] }) {
  const { from, targetEdge, note, evidence } = input;
  const signature = edgeSignature("undercut", [from], targetEdge);
  await requireMember(tx, actor, workspaceId, "edge:write");
  const claim = await tx.claim.findFirst({ where: { id: from, workspaceId, deletedAt: null }, select: { id: true, text: true } });
  if (!claim) throw new AppError("NOT_FOUND", "The objecting claim does not exist in this workspace.");
  const target = await tx.inference.findFirst({
    where: { id: targetEdge, workspaceId, deletedAt: null },
    include: { premises: { select: { claimId: true } }, conclusion: { select: { text: true } } },
  });
  if (!target) throw new AppError("NOT_FOUND", "The edge to object to does not exist in this workspace (it may have been deleted).");
  if (target.kind === "undercut") throw new AppError("VALIDATION", "Object to the claim behind an objection instead: undercuts aim at supports and oppositions.");
  if (target.conclusionId === from || target.premises.some((p) => p.claimId === from)) {
    throw new AppError("VALIDATION", "A claim cannot object to an edge it is part of.");
  }
  if (await tx.inference.findFirst({ where: { workspaceId, signature }, select: { id: true } })) throw new AppError("CONFLICT", UNDERCUT_DUPLICATE);
  const inference = await tx.inference.create({
    data: {
      workspaceId,
      kind: "undercut",
      targetInferenceId: targetEdge,
      note,
      signature,
      createdById: actor.id,
      premises: { create: { claimId: from, position: 0 } },
    },
  });
  await addEvidence(tx, workspaceId, inference.id, evidence);
  await recordActivity(tx, {
    workspaceId,
    actorId: actor.id,
    action: "created",
    entityType: "edge",
    entityId: inference.id,
    summary: `objected with “${excerpt(claim.text, 40)}” that an edge to “${excerpt(target.conclusion?.text ?? "", 40)}” does not hold`,
  });
  await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
  return { id: inference.id, version: inference.version };
}

import { Prisma } from "@prisma/client";
import { AppError } from "../../../errors";
import { edgeSignature, edgeViolation } from "../../../graph/edge-rules";
import { createEdgeSchema } from "../../../validation/edge";
import { db } from "../../db";
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
  const { from, to, kind, note, evidence } = createEdgeSchema.parse(input);
  const signature = edgeSignature(kind, [from], to);
  try {
    return await db.$transaction(async (tx) => {
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
    });
  } catch (error) {
    // The same edge added concurrently: the unique signature lets only one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicateEdgeError(kind);
    throw error;
  }
}

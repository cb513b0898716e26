import { edgeSignature } from "../../../graph/edge-rules";
import type { Db } from "../../db";

/**
 * Bring trashed edges back, skipping any whose claims are gone or that would duplicate an edge made
 * since (the signature is recomputed; a clash leaves the old one in the trash). Returns the ids
 * restored, in the order given, so undercuts come back only after their target.
 */
export async function restoreEdges(tx: Db, workspaceId: string, edgeIds: string[]): Promise<string[]> {
  const restored: string[] = [];
  const edges = await tx.inference.findMany({
    where: { id: { in: edgeIds }, workspaceId, deletedAt: { not: null } },
    include: { premises: { select: { claimId: true } } },
  });
  // Targets before the undercuts aimed at them.
  edges.sort((a, b) => Number(a.targetInferenceId !== null) - Number(b.targetInferenceId !== null));
  for (const edge of edges) {
    const claimIds = [...edge.premises.map((p) => p.claimId), ...(edge.conclusionId ? [edge.conclusionId] : [])];
    const liveClaims = await tx.claim.count({ where: { id: { in: claimIds }, deletedAt: null } });
    if (liveClaims !== new Set(claimIds).size) continue;
    if (edge.targetInferenceId) {
      const target = await tx.inference.findFirst({ where: { id: edge.targetInferenceId, deletedAt: null }, select: { id: true } });
      if (!target) continue;
    }
    const target = edge.conclusionId ?? edge.targetInferenceId!;
    const signature = edgeSignature(edge.kind as "support" | "oppose" | "undercut", edge.premises.map((p) => p.claimId), target);
    const clash = await tx.inference.findFirst({ where: { workspaceId, signature }, select: { id: true } });
    if (clash) continue;
    await tx.inference.update({ where: { id: edge.id }, data: { deletedAt: null, signature, version: { increment: 1 } } });
    restored.push(edge.id);
  }
  return restored;
}

/** Bring a trashed claim back with the edges that went with it. */
export async function restoreClaimWithEdges(tx: Db, workspaceId: string, claimId: string, edgeIds: string[]) {
  await tx.claim.update({ where: { id: claimId }, data: { deletedAt: null, version: { increment: 1 } } });
  return restoreEdges(tx, workspaceId, edgeIds);
}

import type { AppError } from "../../../errors";
import type { Db } from "../../db";

/**
 * The write every change to an inference's premises or conclusion ends with: refuse when another
 * inference already says the same (same kind, premises and conclusion), then store the new signature
 * (and conclusion, when it moves) and bump the version, unless someone saved in between.
 */
export async function saveEdgeSignature(
  tx: Db,
  change: { workspaceId: string; edgeId: string; version: number; signature: string; conclusionId?: string },
  errors: { duplicate: () => AppError; stale: () => AppError },
): Promise<void> {
  const { workspaceId, edgeId, version, signature, conclusionId } = change;
  const clash = await tx.inference.findFirst({ where: { workspaceId, signature, id: { not: edgeId } }, select: { id: true } });
  if (clash) throw errors.duplicate();
  const changed = await tx.inference.updateMany({
    where: { id: edgeId, version },
    data: { signature, ...(conclusionId ? { conclusionId } : {}), version: { increment: 1 } },
  });
  if (changed.count === 0) throw errors.stale();
}

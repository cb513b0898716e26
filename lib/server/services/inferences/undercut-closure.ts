import type { Db } from "../../db";

/** The given live edges plus every live undercut aimed at them, transitively. */
export async function withUndercuts(tx: Db, workspaceId: string, edgeIds: string[]): Promise<string[]> {
  const ids = new Set(edgeIds);
  for (let frontier = [...ids]; frontier.length > 0; ) {
    const undercuts = await tx.inference.findMany({
      where: { workspaceId, deletedAt: null, targetInferenceId: { in: frontier } },
      select: { id: true },
    });
    frontier = undercuts.map((u) => u.id).filter((id) => !ids.has(id));
    frontier.forEach((id) => ids.add(id));
  }
  return [...ids];
}

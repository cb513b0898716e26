/**
 * Rules every edge obeys, independent of storage. The database enforces the same uniqueness
 * through `Inference.signature`, so two people adding the same edge at once get one edge.
 */
import type { EdgeKind } from "../validation/edge";

/** A stable key for "these premises, this kind, this target": equal keys mean a duplicate edge. */
export function edgeSignature(kind: EdgeKind | "undercut", premiseIds: readonly string[], targetId: string): string {
  const premises = [...new Set(premiseIds)].sort().join(",");
  return `${kind}:${premises}>${targetId}`;
}

/** Returns the reason an edge may not exist, or null when it may. */
export function edgeViolation(from: string, to: string): string | null {
  if (from === to) return "A claim cannot support or oppose itself.";
  return null;
}

/**
 * Edges that go when a claim is deleted: every edge it is a premise or conclusion of, and
 * (transitively) every undercut aimed at one of those edges.
 */
export function edgesRemovedWithClaim<E extends { id: string; from: string; to: string; premises?: string[]; targetEdgeId?: string | null }>(
  claimId: string,
  edges: readonly E[],
): E[] {
  const removed = new Set<string>();
  for (const edge of edges) {
    const premises = edge.premises ?? [edge.from];
    if (edge.to === claimId || edge.from === claimId || premises.includes(claimId)) removed.add(edge.id);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of edges) {
      if (!removed.has(edge.id) && edge.targetEdgeId && removed.has(edge.targetEdgeId)) {
        removed.add(edge.id);
        grew = true;
      }
    }
  }
  return edges.filter((e) => removed.has(e.id));
}

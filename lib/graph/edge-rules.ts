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

/** A support or opposition as the premise rules need it: its premises and its conclusion. */
export interface PremiseRuleEdge {
  premises: readonly string[];
  to: string;
  kind: string;
}

/**
 * Returns the reason `candidate` may not join the premises of an inference concluding `conclusion`,
 * or null when it may. Refused: the conclusion itself, a claim already among the premises, and a
 * claim that the conclusion itself supports (directly or through a chain of supports): the argument
 * would then rest on what it is meant to establish.
 */
export function premiseAdditionViolation(
  premises: readonly string[],
  conclusion: string,
  candidate: string,
  edges: readonly PremiseRuleEdge[],
): string | null {
  if (candidate === conclusion) return "A claim cannot be a premise of its own conclusion.";
  if (premises.includes(candidate)) return "This claim is already a premise of this argument.";
  if (supportReaches(conclusion, candidate, edges)) {
    return "That would be circular: the conclusion is itself among the reasons for this claim.";
  }
  return null;
}

/** Whether `from` supports `to` through one or more support inferences (oppositions do not carry support). */
function supportReaches(from: string, to: string, edges: readonly PremiseRuleEdge[]): boolean {
  const supported = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.kind !== "support") continue;
    for (const premise of edge.premises) supported.set(premise, [...(supported.get(premise) ?? []), edge.to]);
  }
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const next = queue.shift()!;
    for (const target of supported.get(next) ?? []) {
      if (target === to) return true;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return false;
}

/**
 * Returns the reason `claimId` may not be taken out of an inference's premises, or null when it may.
 * The last premise stays: an inference without premises is no argument (delete the edge instead).
 */
export function premiseRemovalViolation(premises: readonly string[], claimId: string): string | null {
  if (!premises.includes(claimId)) return "This claim is not a premise of this argument.";
  if (premises.length < 2) return "An argument keeps at least one premise; delete the edge instead.";
  return null;
}

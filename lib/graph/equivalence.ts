/**
 * Equivalence on the map: claims that state one proposition in different words. In the merged view
 * each group becomes one card (the group's first claim stands for it and carries every member's
 * wording), every edge of every member is re-pointed to that card, and what merging makes redundant
 * goes: an edge now from the proposition to itself, and the second of two edges that became the
 * same (same kind, premises and conclusion). In the separate view the members keep their cards and
 * are joined by equivalence lines.
 */
import type { MapClaim, MapEdge, MapEquivalenceGroup, MapUndercut, WorkspaceMap } from "./types";

export type EquivalenceMode = "separate" | "merged";
export const EQUIVALENCE_MODES: EquivalenceMode[] = ["separate", "merged"];

/** The live groups of a map (two or more claims on it), from the payload or rebuilt from the claims' group ids. */
export function equivalenceGroupsOf(map: Pick<WorkspaceMap, "claims" | "equivalenceGroups">): MapEquivalenceGroup[] {
  const onMap = new Set(map.claims.map((c) => c.id));
  if (map.equivalenceGroups) {
    return map.equivalenceGroups.map((g) => ({ ...g, claimIds: g.claimIds.filter((id) => onMap.has(id)) })).filter((g) => g.claimIds.length >= 2);
  }
  const members = new Map<string, string[]>();
  for (const c of map.claims) if (c.equivalenceGroupId) members.set(c.equivalenceGroupId, [...(members.get(c.equivalenceGroupId) ?? []), c.id]);
  return [...members].filter(([, ids]) => ids.length >= 2).map(([id, claimIds]) => ({ id, version: 1, claimIds }));
}

/** The other claims stating the same proposition as `claimId`, in map order. */
export function equivalentsOf(map: Pick<WorkspaceMap, "claims" | "equivalenceGroups">, claimId: string): MapClaim[] {
  const group = equivalenceGroupsOf(map).find((g) => g.claimIds.includes(claimId));
  if (!group) return [];
  const byId = new Map(map.claims.map((c) => [c.id, c]));
  return group.claimIds.filter((id) => id !== claimId).flatMap((id) => byId.get(id) ?? []);
}

/**
 * The lines of the separate view: each group as a chain through its members in map order (a chain,
 * not every pair, so a group of five draws four lines rather than ten).
 */
export function equivalenceLinks(map: Pick<WorkspaceMap, "claims" | "equivalenceGroups">): { id: string; groupId: string; a: string; b: string }[] {
  return equivalenceGroupsOf(map).flatMap((g) => g.claimIds.slice(1).map((b, i) => ({ id: `equivalence:${g.id}:${g.claimIds[i]}:${b}`, groupId: g.id, a: g.claimIds[i]!, b })));
}

/** Which claim's card stands for each claim: itself, or its group's first claim in map order. */
export function representatives(map: Pick<WorkspaceMap, "claims" | "equivalenceGroups">): Map<string, string> {
  const rep = new Map<string, string>();
  for (const c of map.claims) rep.set(c.id, c.id);
  for (const g of equivalenceGroupsOf(map)) for (const id of g.claimIds) rep.set(id, g.claimIds[0]!);
  return rep;
}

const unique = (ids: string[]) => [...new Set(ids)];

/** The merged view: one claim per proposition, edges re-pointed to it, self-loops and duplicates dropped. */
export function mergeEquivalentClaims(map: WorkspaceMap): WorkspaceMap {
  const groups = equivalenceGroupsOf(map);
  if (groups.length === 0) return map;
  const rep = representatives(map);
  const to = (id: string) => rep.get(id) ?? id;
  const byId = new Map(map.claims.map((c) => [c.id, c]));
  const groupOf = new Map(groups.map((g) => [g.claimIds[0]!, g]));
  const claims: MapClaim[] = map.claims
    .filter((c) => to(c.id) === c.id)
    .map((c) => {
      const group = groupOf.get(c.id);
      if (!group) return c;
      const wordings = group.claimIds.map((id) => byId.get(id)!).map((m) => ({ id: m.id, text: m.text, source: m.source }));
      return { ...c, wordings };
    });

  // Edges: re-point, drop what became a loop, keep the first of edges that became the same.
  const survivor = new Map<string, string>();
  const bySignature = new Map<string, string>();
  const edges: MapEdge[] = [];
  for (const edge of map.edges) {
    const premises = unique((edge.premises.length ? edge.premises : [edge.from]).map(to));
    const conclusion = to(edge.to);
    if (premises.includes(conclusion)) continue;
    const signature = `${edge.kind}|${[...premises].sort().join(",")}|${conclusion}`;
    const earlier = bySignature.get(signature);
    if (earlier) {
      survivor.set(edge.id, earlier);
      continue;
    }
    bySignature.set(signature, edge.id);
    survivor.set(edge.id, edge.id);
    edges.push({ ...edge, from: premises[0]!, to: conclusion, premises });
  }
  // Undercuts follow their target to the edge that survived it, and vanish with a dropped loop.
  const undercutSignatures = new Set<string>();
  const undercuts: MapUndercut[] = [];
  for (const undercut of map.undercuts) {
    const target = survivor.get(undercut.targetEdgeId);
    if (!target) continue;
    const premises = unique(undercut.premises.map(to));
    const signature = `${[...premises].sort().join(",")}|${target}`;
    if (undercutSignatures.has(signature)) continue;
    undercutSignatures.add(signature);
    undercuts.push({ ...undercut, from: premises[0]!, premises, targetEdgeId: target });
  }
  return { ...map, claims, edges, undercuts };
}

/**
 * "Path to thesis": the chains of reasons by which a claim bears on a chosen thesis. Pure.
 *
 * An edge carries its premises to its conclusion; a chain follows that direction only (a claim bears
 * on the thesis through what it supports or opposes, not through what supports it). With linked
 * premises, any one premise starts the step. The result is every claim and edge that lies on some
 * walk from the claim to the thesis: reachable forward from the claim and backward from the thesis.
 * In a map with cycles a walk may pass a cycle; the highlighted edges are still each on a route there.
 */
import type { MapEdge } from "./types";

export interface ThesisPath {
  claims: Set<string>;
  edges: Set<string>;
  /** The fewest edges between the claim and the thesis; null when the claim does not bear on it. */
  steps: number | null;
}

const premisesOf = (edge: MapEdge) => (edge.premises.length ? edge.premises : [edge.from]);

/** Distances by breadth-first search along `next`. */
function distancesFrom(start: string, next: (id: string) => string[]): Map<string, number> {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next(id)) {
        if (distance.has(n)) continue;
        distance.set(n, distance.get(id)! + 1);
        following.push(n);
      }
    }
    frontier = following;
  }
  return distance;
}

export function pathToThesis(from: string, thesis: string, edges: readonly MapEdge[]): ThesisPath {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const edge of edges) {
    for (const premise of premisesOf(edge)) {
      (forward.get(premise) ?? forward.set(premise, []).get(premise)!).push(edge.to);
      (backward.get(edge.to) ?? backward.set(edge.to, []).get(edge.to)!).push(premise);
    }
  }
  const fromStart = distancesFrom(from, (id) => forward.get(id) ?? []);
  if (!fromStart.has(thesis)) return { claims: new Set(), edges: new Set(), steps: null };
  const toThesis = distancesFrom(thesis, (id) => backward.get(id) ?? []);
  const claims = new Set([...fromStart.keys()].filter((id) => toThesis.has(id)));
  const onPath = new Set(edges.filter((e) => claims.has(e.to) && premisesOf(e).some((p) => claims.has(p))).map((e) => e.id));
  return { claims, edges: onPath, steps: fromStart.get(thesis)! };
}

/**
 * Collapsing a claim's reasons: its supporters and objectors, their own reasons, and so on, fold into
 * the claim, which shows how many it hides. Pure.
 *
 * A reason stays visible when it also bears on something that stays visible (a claim outside the
 * folded part, or an edge there that it undercuts): collapsing one claim never hides a reason another
 * visible claim still needs. Collapsed claims themselves stay visible, as do reasons reached only
 * through another collapsed claim (each fold counts what it alone hides).
 */
import type { MapEdge, MapUndercut } from "./types";

export interface CollapsedPart {
  /** Claims hidden by some collapsed claim. */
  hidden: Set<string>;
  /** For each collapsed claim, how many claims it hides. */
  hiddenBy: Map<string, number>;
}

const premisesOf = (edge: { premises: string[]; from: string }) => (edge.premises.length ? edge.premises : [edge.from]);

export function collapsedPart(collapsed: readonly string[], edges: readonly MapEdge[], undercuts: readonly MapUndercut[]): CollapsedPart {
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  // What each claim bears on: the conclusions of its edges, and the conclusions of edges it undercuts.
  const bearsOn = new Map<string, Set<string>>();
  const reasonsOf = new Map<string, Set<string>>();
  const link = (premise: string, conclusion: string) => {
    (bearsOn.get(premise) ?? bearsOn.set(premise, new Set()).get(premise)!).add(conclusion);
    (reasonsOf.get(conclusion) ?? reasonsOf.set(conclusion, new Set()).get(conclusion)!).add(premise);
  };
  for (const edge of edges) for (const premise of premisesOf(edge)) link(premise, edge.to);
  for (const undercut of undercuts) {
    const target = edgeById.get(undercut.targetEdgeId);
    if (target) for (const premise of premisesOf(undercut)) link(premise, target.to);
  }

  const collapsedSet = new Set(collapsed);
  const hidden = new Set<string>();
  const hiddenBy = new Map<string, number>();
  for (const root of collapsed) {
    // Everything that bears on the root, stopping at other collapsed claims.
    const folded = new Set<string>();
    const stack = [root];
    while (stack.length > 0) {
      for (const reason of reasonsOf.get(stack.pop()!) ?? []) {
        if (reason === root || folded.has(reason) || collapsedSet.has(reason)) continue;
        folded.add(reason);
        stack.push(reason);
      }
    }
    // Keep visible whatever also bears on a claim outside the fold, until nothing changes.
    for (let changed = true; changed; ) {
      changed = false;
      for (const id of folded) {
        const outside = [...(bearsOn.get(id) ?? [])].some((target) => target !== root && !folded.has(target));
        if (outside) {
          folded.delete(id);
          changed = true;
        }
      }
    }
    hiddenBy.set(root, folded.size);
    for (const id of folded) hidden.add(id);
  }
  return { hidden, hiddenBy };
}

import type { MapEdge } from "./types";

/** Below this zoom card text is too small to read (the map switches cards to plain blocks at 0.45). */
export const READABLE_ZOOM = 0.5;

/**
 * The claim a big map opens on: the thesis with the most distinct reasons bearing on it, or, when no
 * thesis has any, the claim with the most; ties go to the earlier claim. Null when nothing has reasons.
 * Such a map cannot be read whole at a legible zoom, and the middle of its bounding box is usually
 * empty space between trees, crossed by long edges: opening on what is most argued about, with its
 * reasons below it, gives the reader a place to start (the minimap shows the rest).
 */
export function mostArguedClaim(claims: readonly { id: string; type: string }[], edges: readonly Pick<MapEdge, "from" | "to" | "premises">[]): string | null {
  const reasons = new Map<string, Set<string>>();
  for (const edge of edges) {
    const set = reasons.get(edge.to) ?? new Set<string>();
    for (const premise of edge.premises.length > 0 ? edge.premises : [edge.from]) if (premise !== edge.to) set.add(premise);
    reasons.set(edge.to, set);
  }
  const count = (id: string) => reasons.get(id)?.size ?? 0;
  const best = (candidates: readonly { id: string }[]) => candidates.reduce<{ id: string } | null>((top, c) => (count(c.id) > (top ? count(top.id) : 0) ? c : top), null);
  return (best(claims.filter((c) => c.type === "thesis")) ?? best(claims))?.id ?? null;
}

/** Whether a map of this size (flow units) fits a viewport at a readable zoom. */
export function fitsReadably(bounds: { width: number; height: number }, viewport: { width: number; height: number }): boolean {
  return Math.min(viewport.width / Math.max(1, bounds.width), viewport.height / Math.max(1, bounds.height)) >= READABLE_ZOOM;
}

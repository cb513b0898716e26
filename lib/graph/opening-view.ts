import type { MapEdge } from "./types";

/** Up to this many claims, the first view frames the whole map. */
export const WHOLE_MAP_LIMIT = 12;

/**
 * The claims the map's first view frames. A small map is shown whole (null). A larger one cannot be
 * read whole at a legible zoom, and its bounding box's middle is often empty space crossed by long
 * edges, so the view opens on the claim most argued about (a thesis if there is one: the most
 * reasons bearing on it, ties to the earlier claim) with those reasons around it.
 */
export function openingClaims(claims: readonly { id: string; type: string }[], edges: readonly Pick<MapEdge, "to" | "from" | "premises">[]): string[] | null {
  if (claims.length <= WHOLE_MAP_LIMIT) return null;
  const reasonsOf = new Map<string, string[]>();
  for (const edge of edges) {
    const premises = edge.premises.length > 0 ? edge.premises : [edge.from];
    reasonsOf.set(edge.to, [...(reasonsOf.get(edge.to) ?? []), ...premises]);
  }
  const count = (id: string) => new Set(reasonsOf.get(id) ?? []).size;
  const theses = claims.filter((c) => c.type === "thesis" && count(c.id) > 0);
  const candidates = theses.length > 0 ? theses : claims.filter((c) => count(c.id) > 0);
  if (candidates.length === 0) return null;
  let hub = candidates[0]!;
  for (const claim of candidates) if (count(claim.id) > count(hub.id)) hub = claim;
  const present = new Set(claims.map((c) => c.id));
  return [hub.id, ...new Set((reasonsOf.get(hub.id) ?? []).filter((id) => present.has(id) && id !== hub.id))];
}

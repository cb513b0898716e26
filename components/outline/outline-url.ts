import type { WorkspaceMap } from "@/lib/graph/types";

/** `?outline=<claim id>`: the outline is open, from that claim. Kept beside the map's other view options. */
export const OUTLINE_PARAM = "outline";

export function writeOutlineToUrl(thesisId: string | null) {
  const params = new URLSearchParams(window.location.search);
  if (thesisId) params.set(OUTLINE_PARAM, thesisId);
  else params.delete(OUTLINE_PARAM);
  window.history.replaceState(null, "", `${window.location.pathname}${params.size ? `?${params}` : ""}`);
}

/** Where the outline starts when opened: the thesis chosen for the path, else the first thesis, else the selected claim. */
export function defaultOutlineThesis(map: Pick<WorkspaceMap, "claims">, pathThesisId: string | null, selectedClaimId: string | null): string | null {
  const on = (id: string | null) => (id && map.claims.some((c) => c.id === id) ? id : null);
  return on(pathThesisId) ?? map.claims.find((c) => c.type === "thesis")?.id ?? on(selectedClaimId) ?? map.claims[0]?.id ?? null;
}

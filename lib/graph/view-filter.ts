/**
 * What part of the map a view shows: a claim's neighbourhood (1–3 steps along edges in either
 * direction), chosen sources, edge kinds, a text query and one member's stance. Pure, and round-trips through URL search
 * parameters so a view can be shared as a link.
 */
import { CLAIM_TYPES, type ClaimType } from "../validation/claim";
import type { StanceValue } from "../validation/stance";
import type { EquivalenceMode } from "./equivalence";
import type { MapEdge, MapUndercut, WorkspaceMap } from "./types";

export type EdgeKindFilter = "support" | "oppose" | "undercut";
export const ALL_EDGE_KINDS: EdgeKindFilter[] = ["support", "oppose", "undercut"];
/** Claims without a source, in the source filter. */
export const OWN_CLAIMS = "own";

/** "unmarked": claims the member has not given a stance on. */
export type StanceFilterValue = StanceValue | "unmarked";
export const STANCE_FILTER_VALUES: StanceFilterValue[] = ["agree", "disagree", "unsure", "unmarked"];
/** One member's stance per claim as the caller may see it; "hidden" where blind mode withholds it. */
export type MemberStanceMap = ReadonlyMap<string, StanceValue | "hidden">;

export interface ViewFilter {
  focus: string | null;
  depth: 1 | 2 | 3;
  /** Source ids (and OWN_CLAIMS) to show; empty means all. */
  sources: string[];
  kinds: EdgeKindFilter[];
  text: string;
  /** Claim types to show; empty means all. */
  types?: ClaimType[];
  /** Show claims carrying any of these tags; empty means all. */
  tags?: string[];
  /** Only the claims on which this member (a membership id) has this stance. */
  stance: { member: string; value: StanceFilterValue } | null;
  /** Claims stating one proposition: separate cards joined by "=" lines, or one merged card. Not a filter. */
  equivalence?: EquivalenceMode;
}

export const DEFAULT_VIEW: ViewFilter = { focus: null, depth: 1, sources: [], kinds: ALL_EDGE_KINDS, text: "", types: [], tags: [], stance: null, equivalence: "separate" };

export function parseViewFilter(params: URLSearchParams): ViewFilter {
  const depth = Number(params.get("depth"));
  const kinds = (params.get("kinds") ?? "").split(",").filter((k): k is EdgeKindFilter => (ALL_EDGE_KINDS as string[]).includes(k));
  const member = params.get("by");
  const stanceValue = STANCE_FILTER_VALUES.find((v) => v === params.get("stance"));
  return {
    focus: params.get("focus") || null,
    depth: depth === 2 || depth === 3 ? depth : 1,
    sources: (params.get("sources") ?? "").split(",").filter(Boolean),
    kinds: params.has("kinds") ? kinds : ALL_EDGE_KINDS,
    text: params.get("q") ?? "",
    types: (params.get("types") ?? "").split(",").filter((t): t is ClaimType => (CLAIM_TYPES as readonly string[]).includes(t)),
    tags: params.getAll("tag").filter(Boolean),
    stance: member && stanceValue ? { member, value: stanceValue } : null,
    equivalence: params.get("equivalence") === "merged" ? "merged" : "separate",
  };
}

/** The filter as search parameters, leaving out whatever is at its default. */
export function viewFilterParams(view: ViewFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (view.focus) {
    params.set("focus", view.focus);
    if (view.depth !== 1) params.set("depth", String(view.depth));
  }
  if (view.sources.length > 0) params.set("sources", view.sources.join(","));
  if (view.kinds.length !== ALL_EDGE_KINDS.length) params.set("kinds", view.kinds.join(","));
  if (view.text.trim()) params.set("q", view.text.trim());
  if (view.types?.length) params.set("types", view.types.join(","));
  // One parameter per tag: tags may contain commas' neighbours (spaces) but never need escaping here.
  for (const tag of view.tags ?? []) params.append("tag", tag);
  if (view.stance) {
    params.set("by", view.stance.member);
    params.set("stance", view.stance.value);
  }
  if (view.equivalence === "merged") params.set("equivalence", "merged");
  return params;
}

export function isFiltered(view: ViewFilter): boolean {
  // Merging equivalent claims changes how claims are drawn, not which are shown.
  return viewFilterParams({ ...view, equivalence: "separate" }).toString() !== "";
}

/** Claims within `depth` steps of `focus`, following edges both ways (and undercuts to their edge's claims). */
export function neighbourhood(focus: string, depth: number, edges: MapEdge[], undercuts: MapUndercut[]): Set<string> {
  const adjacent = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!adjacent.has(a)) adjacent.set(a, new Set());
    if (!adjacent.has(b)) adjacent.set(b, new Set());
    adjacent.get(a)!.add(b);
    adjacent.get(b)!.add(a);
  };
  const byId = new Map(edges.map((e) => [e.id, e]));
  for (const e of edges) for (const p of e.premises.length ? e.premises : [e.from]) link(p, e.to);
  for (const u of undercuts) {
    const target = byId.get(u.targetEdgeId);
    if (target) for (const end of [target.from, target.to]) link(u.from, end);
  }
  const seen = new Set([focus]);
  let frontier = [focus];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const id of frontier) for (const n of adjacent.get(id) ?? []) if (!seen.has(n)) (seen.add(n), next.push(n));
    frontier = next;
  }
  return seen;
}

export interface VisiblePart {
  claims: Set<string>;
  edges: Set<string>;
  undercuts: Set<string>;
  /** Claims that match the text query (highlighted), when there is one. */
  matches: Set<string>;
}

/** How many of a member's stances blind mode withholds from the caller. */
export function hiddenStanceCount(stances: MemberStanceMap): number {
  let count = 0;
  for (const value of stances.values()) if (value === "hidden") count++;
  return count;
}

/**
 * The claims and edges a view shows. An edge shows when both its ends do and its kind is chosen.
 * `stances` are the stance filter's member's; until they have arrived (null) that filter waits.
 */
export function visiblePart(map: Pick<WorkspaceMap, "claims" | "edges" | "undercuts">, view: ViewFilter, stances: MemberStanceMap | null = null): VisiblePart {
  const query = view.text.trim().toLowerCase();
  const matches = new Set(
    query
      ? map.claims
          .filter((c) => `${c.text} ${c.source?.author ?? ""} ${c.source?.title ?? ""}`.toLowerCase().includes(query))
          .map((c) => c.id)
      : [],
  );
  const inSources = (c: WorkspaceMap["claims"][number]) =>
    (view.sources.length === 0 || view.sources.includes(c.source?.id ?? OWN_CLAIMS)) &&
    (!view.types?.length || view.types.includes(c.type)) &&
    (!view.tags?.length || (c.tags ?? []).some((t) => view.tags!.includes(t)));
  const stanceFilter = view.stance;
  const hasStance = (id: string) => {
    if (!stanceFilter || !stances) return true;
    const value = stances.get(id);
    return stanceFilter.value === "unmarked" ? value === undefined : value === stanceFilter.value;
  };
  const near = view.focus && map.claims.some((c) => c.id === view.focus) ? neighbourhood(view.focus, view.depth, map.edges, map.undercuts) : null;
  const claims = new Set(
    map.claims.filter((c) => (near ? near.has(c.id) : true) && ((inSources(c) && hasStance(c.id)) || c.id === view.focus) && (!query || matches.has(c.id) || c.id === view.focus)).map((c) => c.id),
  );
  const edges = new Set(
    map.edges.filter((e) => view.kinds.includes(e.kind) && claims.has(e.to) && (e.premises.length ? e.premises : [e.from]).every((p) => claims.has(p))).map((e) => e.id),
  );
  const undercuts = new Set(map.undercuts.filter((u) => view.kinds.includes("undercut") && claims.has(u.from) && edges.has(u.targetEdgeId)).map((u) => u.id));
  return { claims, edges, undercuts, matches };
}

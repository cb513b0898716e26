/**
 * The outline: the map read as an indented list from one chosen thesis, and what the outline's
 * keyboard edits mean as changes to the graph. Pure.
 *
 * Under a claim come its reasons (supports and oppositions, each inference once): a single premise is
 * one row, linked premises (several premises on one inference) are one "jointly" group row holding a
 * row per premise. Undercuts object to an inference, not to a claim, so they hang under the row of the
 * inference they attack (the premise row, or the group row). Each claim is expanded once, at its
 * shallowest place (breadth first, so a short route to the thesis wins); every other place shows it as
 * a reference row pointing there. That keeps cycles finite and the tree free of duplicated subtrees.
 *
 * Row ids are built from inference and claim ids, not positions, so they survive a refetch: an
 * inference concludes in one claim, that claim is expanded once, so each inference appears once.
 */
import type { EdgeKind } from "../validation/edge";
import type { MapEdge, MapUndercut, WorkspaceMap } from "./types";

export type OutlineRowKind = "thesis" | EdgeKind | "undercut";

export interface OutlineRow {
  id: string;
  parentId: string | null;
  depth: number;
  /** "group" rows stand for linked premises and carry no claim of their own. */
  shape: "claim" | "group";
  kind: OutlineRowKind;
  /** The claim shown; null on a group row. */
  claimId: string | null;
  /** The inference that brings this row under its parent (the undercut itself on an undercut row); null for the thesis. */
  edgeId: string | null;
  /** A premise row inside a linked group. */
  inGroup: boolean;
  /** Set when the claim is expanded elsewhere: the row that expands it. */
  referenceTo: string | null;
  childIds: string[];
  /** 1-based position among its siblings, and how many siblings there are (aria-posinset/aria-setsize). */
  position: number;
  siblingCount: number;
}

export interface Outline {
  rootId: string;
  /** Every row in reading order (depth first). */
  rows: OutlineRow[];
  byId: Map<string, OutlineRow>;
  /** The row that expands each claim. */
  expandedRowOf: Map<string, string>;
}

const premisesOf = (edge: { premises: string[]; from: string }) => (edge.premises.length ? edge.premises : [edge.from]);

export const thesisRowId = (claimId: string) => `thesis:${claimId}`;

/**
 * The outline of `map` from `thesisId`, or null when that claim is not on the map. Reasons keep the
 * map's order of inferences (creation order), so a new reason lands last among its siblings.
 */
export function buildOutline(map: Pick<WorkspaceMap, "claims" | "edges" | "undercuts">, thesisId: string): Outline | null {
  if (!map.claims.some((c) => c.id === thesisId)) return null;
  const claimIds = new Set(map.claims.map((c) => c.id));
  const reasonsFor = new Map<string, MapEdge[]>();
  for (const edge of map.edges) {
    if (!claimIds.has(edge.to)) continue;
    (reasonsFor.get(edge.to) ?? reasonsFor.set(edge.to, []).get(edge.to)!).push(edge);
  }
  const undercutsOf = new Map<string, MapUndercut[]>();
  for (const undercut of map.undercuts) (undercutsOf.get(undercut.targetEdgeId) ?? undercutsOf.set(undercut.targetEdgeId, []).get(undercut.targetEdgeId)!).push(undercut);

  const byId = new Map<string, OutlineRow>();
  const expandedRowOf = new Map<string, string>();
  const row = (fields: Omit<OutlineRow, "childIds" | "position" | "siblingCount" | "referenceTo" | "depth">, parent: OutlineRow | null): OutlineRow => {
    const created: OutlineRow = { ...fields, depth: parent ? parent.depth + 1 : 0, referenceTo: null, childIds: [], position: 1, siblingCount: 1 };
    byId.set(created.id, created);
    parent?.childIds.push(created.id);
    return created;
  };

  const root = row({ id: thesisRowId(thesisId), parentId: null, shape: "claim", kind: "thesis", claimId: thesisId, edgeId: null, inGroup: false }, null);
  // Breadth first: a claim row is expanded when it is the first place its claim is met.
  const queue: OutlineRow[] = [root];
  const claimRowsToSettle: OutlineRow[] = [];
  const settle = (claimRow: OutlineRow) => {
    if (expandedRowOf.has(claimRow.claimId!)) claimRow.referenceTo = expandedRowOf.get(claimRow.claimId!)!;
    else expandedRowOf.set(claimRow.claimId!, claimRow.id);
  };
  settle(root);
  const addUndercuts = (parent: OutlineRow, edgeId: string) => {
    for (const undercut of undercutsOf.get(edgeId) ?? []) {
      const premises = premisesOf(undercut).filter((id) => claimIds.has(id));
      if (premises.length === 1) {
        claimRowsToSettle.push(row({ id: `${undercut.id}/${premises[0]}`, parentId: parent.id, shape: "claim", kind: "undercut", claimId: premises[0]!, edgeId: undercut.id, inGroup: false }, parent));
      } else if (premises.length > 1) {
        const group = row({ id: undercut.id, parentId: parent.id, shape: "group", kind: "undercut", claimId: null, edgeId: undercut.id, inGroup: false }, parent);
        for (const premise of premises) claimRowsToSettle.push(row({ id: `${undercut.id}/${premise}`, parentId: group.id, shape: "claim", kind: "undercut", claimId: premise, edgeId: undercut.id, inGroup: true }, group));
      }
    }
  };

  for (let next = 0; next < queue.length; next++) {
    const current = queue[next]!;
    if (current.referenceTo) continue;
    for (const edge of reasonsFor.get(current.claimId!) ?? []) {
      const premises = premisesOf(edge).filter((id) => claimIds.has(id));
      if (premises.length === 0) continue;
      if (premises.length === 1) {
        const premiseRow = row({ id: `${edge.id}/${premises[0]}`, parentId: current.id, shape: "claim", kind: edge.kind, claimId: premises[0]!, edgeId: edge.id, inGroup: false }, current);
        claimRowsToSettle.push(premiseRow);
        addUndercuts(premiseRow, edge.id);
      } else {
        const group = row({ id: edge.id, parentId: current.id, shape: "group", kind: edge.kind, claimId: null, edgeId: edge.id, inGroup: false }, current);
        for (const premise of premises) claimRowsToSettle.push(row({ id: `${edge.id}/${premise}`, parentId: group.id, shape: "claim", kind: edge.kind, claimId: premise, edgeId: edge.id, inGroup: true }, group));
        addUndercuts(group, edge.id);
      }
    }
    // The children of this level are settled in the order they were met, before anything deeper.
    for (const claimRow of claimRowsToSettle.splice(0)) {
      settle(claimRow);
      queue.push(claimRow);
    }
  }

  const rows: OutlineRow[] = [];
  const visit = (r: OutlineRow) => {
    rows.push(r);
    r.childIds.forEach((childId, index) => {
      const child = byId.get(childId)!;
      child.position = index + 1;
      child.siblingCount = r.childIds.length;
      visit(child);
    });
  };
  visit(root);
  return { rootId: root.id, rows, byId, expandedRowOf };
}

/** The rows on screen when the rows in `collapsed` are folded: their descendants are left out. */
export function visibleRows(outline: Outline, collapsed: ReadonlySet<string>): OutlineRow[] {
  const shown: OutlineRow[] = [];
  const hiddenUnder = new Set<string>();
  for (const r of outline.rows) {
    if (r.parentId && (hiddenUnder.has(r.parentId) || collapsed.has(r.parentId))) {
      hiddenUnder.add(r.id);
      continue;
    }
    shown.push(r);
  }
  return shown;
}

/** What a keyboard edit in the outline asks of the graph, or why it cannot be done there. */
export type OutlineEdit =
  | { type: "add-reason"; conclusionId: string; kind: EdgeKind }
  | { type: "add-objection"; targetEdgeId: string }
  | { type: "move"; edgeId: string; conclusionId: string }
  | { type: "set-kind"; edgeId: string; kind: EdgeKind }
  | { type: "remove-edge"; edgeId: string }
  | { type: "remove-premise"; edgeId: string; claimId: string }
  | { type: "refused"; reason: string };

const refuse = (reason: string): OutlineEdit => ({ type: "refused", reason });

/** The inference behind a support/oppose row, whether it is the premise row, its group, or the group row. */
function inferenceOf(r: OutlineRow, edges: readonly MapEdge[]): MapEdge | undefined {
  return r.edgeId && r.kind !== "undercut" && r.kind !== "thesis" ? edges.find((e) => e.id === r.edgeId) : undefined;
}

/**
 * Enter: a new sibling. Under the same claim with the same kind as this row (a new objection to the
 * same inference on an undercut row); on the thesis row, the thesis's first kind of reason: a support.
 */
export function siblingEdit(outline: Outline, rowId: string, graph: Pick<WorkspaceMap, "edges" | "undercuts">): OutlineEdit {
  const r = outline.byId.get(rowId);
  if (!r) return refuse("That row is no longer in the outline.");
  if (r.kind === "thesis") return { type: "add-reason", conclusionId: r.claimId!, kind: "support" };
  if (r.kind === "undercut") {
    const undercut = graph.undercuts.find((u) => u.id === r.edgeId);
    return undercut ? { type: "add-objection", targetEdgeId: undercut.targetEdgeId } : refuse("That objection is no longer on the map.");
  }
  const edge = inferenceOf(r, graph.edges);
  if (!edge) return refuse("That reason is no longer on the map.");
  return { type: "add-reason", conclusionId: edge.to, kind: edge.kind };
}

/** The row whose inference moves when `r` is indented or outdented: a group moves as a whole. */
function movingRow(r: OutlineRow): OutlineRow | string {
  if (r.kind === "thesis") return "The thesis is the outline's root; it has nothing to move under.";
  if (r.kind === "undercut") return "An objection to a step stays with that step; delete it and add it elsewhere instead.";
  if (r.inGroup) return "Linked premises move together: move the “jointly” row instead.";
  return r;
}

/**
 * Tab: the row becomes a reason for the claim of its previous sibling (its inference now concludes
 * there). Refused for the first row among its siblings and when that sibling is a linked group.
 */
export function indentEdit(outline: Outline, rowId: string, edges: readonly MapEdge[]): OutlineEdit {
  const r = outline.byId.get(rowId);
  if (!r) return refuse("That row is no longer in the outline.");
  const moving = movingRow(r);
  if (typeof moving === "string") return refuse(moving);
  const parent = outline.byId.get(moving.parentId!)!;
  const index = parent.childIds.indexOf(moving.id);
  if (index === 0) return refuse("There is no row above this one at the same level to indent under.");
  const previous = outline.byId.get(parent.childIds[index - 1]!)!;
  if (previous.claimId === null) return refuse("The row above is a group of linked premises; a reason goes under one claim.");
  const edge = inferenceOf(moving, edges);
  if (!edge) return refuse("That reason is no longer on the map.");
  if (premisesOf(edge).includes(previous.claimId)) return refuse("A claim cannot be a reason for itself.");
  return { type: "move", edgeId: edge.id, conclusionId: previous.claimId };
}

/**
 * Shift+Tab: the row moves up a level and becomes a reason for the claim above its parent (the
 * nearest ancestor beyond the parent that shows a claim). Refused for reasons of the thesis itself.
 */
export function outdentEdit(outline: Outline, rowId: string, edges: readonly MapEdge[]): OutlineEdit {
  const r = outline.byId.get(rowId);
  if (!r) return refuse("That row is no longer in the outline.");
  const moving = movingRow(r);
  if (typeof moving === "string") return refuse(moving);
  const parent = outline.byId.get(moving.parentId!)!;
  let above = parent.parentId ? outline.byId.get(parent.parentId) : undefined;
  while (above && above.claimId === null) above = above.parentId ? outline.byId.get(above.parentId) : undefined;
  if (!above) return refuse("This is already a reason for the thesis; it cannot move further out.");
  const edge = inferenceOf(moving, edges);
  if (!edge) return refuse("That reason is no longer on the map.");
  if (premisesOf(edge).includes(above.claimId!)) return refuse("A claim cannot be a reason for itself.");
  return { type: "move", edgeId: edge.id, conclusionId: above.claimId! };
}

/** Alt+S: a support becomes an opposition and back. Undercuts have no side to switch. */
export function switchKindEdit(outline: Outline, rowId: string, edges: readonly MapEdge[]): OutlineEdit {
  const r = outline.byId.get(rowId);
  if (!r) return refuse("That row is no longer in the outline.");
  if (r.kind === "thesis") return refuse("The thesis neither supports nor opposes anything here.");
  if (r.kind === "undercut") return refuse("An objection to a step is always against it; there is no side to switch.");
  const edge = inferenceOf(r, edges);
  if (!edge) return refuse("That reason is no longer on the map.");
  return { type: "set-kind", edgeId: edge.id, kind: edge.kind === "support" ? "oppose" : "support" };
}

/**
 * Delete: the row stops being a reason there. The inference goes (with the objections to it); the
 * claim stays on the map. A premise inside a linked group leaves the group, which keeps the others.
 */
export function removeEdit(outline: Outline, rowId: string, graph: Pick<WorkspaceMap, "edges" | "undercuts">): OutlineEdit {
  const r = outline.byId.get(rowId);
  if (!r) return refuse("That row is no longer in the outline.");
  if (r.kind === "thesis") return refuse("The thesis is the outline's root; choose another root instead of removing it.");
  if (r.kind === "undercut") {
    if (r.inGroup) return refuse("Remove the whole objection (its “jointly” row) instead of one of its premises.");
    return graph.undercuts.some((u) => u.id === r.edgeId) ? { type: "remove-edge", edgeId: r.edgeId! } : refuse("That objection is no longer on the map.");
  }
  const edge = inferenceOf(r, graph.edges);
  if (!edge) return refuse("That reason is no longer on the map.");
  if (r.inGroup && premisesOf(edge).length > 1) return { type: "remove-premise", edgeId: edge.id, claimId: r.claimId! };
  return { type: "remove-edge", edgeId: edge.id };
}

/** The one adapter from the domain map (lib/graph) to React Flow's nodes and edges. */
import { Position, type Edge, type Node } from "@xyflow/react";
import type { CSSProperties } from "react";
import { estimateCardSize } from "@/lib/graph/layout";
import { EDGE_COLORS, sourceColor } from "@/lib/graph/palette";
import type { CommentCounts } from "@/lib/discussion/types";
import type { ClaimVerdict } from "@/lib/argumentation/map-evaluation";
import type { FoldState } from "./FoldToggle";
import type { MapClaim, MapEdge, MapUndercut } from "@/lib/graph/types";
import type { ClaimStub } from "@/lib/graph/partial-edges";

/** `stubs`: on a big map, this card's ends of long edges (lib/graph/partial-edges.ts). */
export type ClaimNodeData = { claim: MapClaim; color: string; comments?: CommentCounts; verdict?: ClaimVerdict; fold?: FoldState; stubs?: ClaimStub[] };
export type ClaimFlowNode = Node<ClaimNodeData, "claim">;
export type ArgumentFlowEdge = Edge<{ edge: MapEdge }>;

export const MARKER_IDS = { support: "agon-arrow-support", oppose: "agon-bar-oppose", undercut: "agon-bar-undercut" } as const;

/**
 * A point on an edge: where an undercut ends, where linked premises meet before their conclusion, and
 * where a claim dragged onto the edge joins it as a further premise. Every support and opposition has
 * one; it shows only when something ends on it (`shown`) or while a connection is being dragged.
 */
export type JunctionFlowNode = Node<{ edgeId: string; shown: boolean; linked: boolean }, "junction">;
export type MapFlowNode = ClaimFlowNode | JunctionFlowNode;
const JUNCTION_SIZE = 10;
export const junctionId = (edgeId: string) => `junction:${edgeId}`;
/** The edge whose junction this React Flow node id names, or null for any other node. */
export const edgeIdOfJunction = (nodeId: string): string | null => (nodeId.startsWith("junction:") ? nodeId.slice("junction:".length) : null);

/** Flow edges of a linked inference: one per premise into the junction, plus junction → conclusion (the inference's own id). */
const PREMISE_SEGMENT = "::premise::";
export const premiseSegmentId = (edgeId: string, premiseId: string) => `${edgeId}${PREMISE_SEGMENT}${premiseId}`;
/** The inference a React Flow edge id belongs to (a premise segment of a linked inference names its inference). */
export const inferenceIdOfFlowEdge = (flowEdgeId: string): string => flowEdgeId.split(PREMISE_SEGMENT)[0]!;

const isLinked = (edge: MapEdge) => edge.premises.length > 1;

/**
 * Put a junction on every edge: at the middle of a single-premise edge (React Flow's bezier between a
 * top handle and a bottom handle passes through the midpoint of its two ends, where the edge's label
 * sits, so an undercut visibly ends on the edge), and for linked premises halfway between their
 * average position and the conclusion. Call after any node moves; `onlyAround`, when given, names the
 * only claims that moved.
 */
export function placeJunctions(nodes: MapFlowNode[], edges: MapEdge[], undercuts: MapUndercut[], onlyAround?: ReadonlySet<string>): MapFlowNode[] {
  const claims = new Map(nodes.filter((n): n is ClaimFlowNode => n.type === "claim").map((n) => [n.id, n]));
  // Keep React Flow's measurements of existing junctions, or their edges would wait to be measured again.
  const previous = new Map(nodes.filter((n): n is JunctionFlowNode => n.type === "junction").map((n) => [n.id, n]));
  const targeted = new Set(undercuts.map((u) => u.targetEdgeId));
  const junctions: JunctionFlowNode[] = [];
  const size = (n: ClaimFlowNode) => ({ width: n.measured?.width ?? n.width ?? 260, height: n.measured?.height ?? estimateCardSize(n.data.claim.text, n.data.claim.type === "thesis").height });
  for (const edge of edges) {
    // While a card is dragged only its own edges' junctions move: on a map of thousands of edges,
    // recomputing all of them on every pointer move made dragging stutter.
    const unmoved = onlyAround && !onlyAround.has(edge.to) && !(edge.premises.length ? edge.premises : [edge.from]).some((id) => onlyAround.has(id)) ? previous.get(junctionId(edge.id)) : undefined;
    if (unmoved) {
      junctions.push(unmoved);
      continue;
    }
    const premises = (edge.premises.length ? edge.premises : [edge.from]).map((id) => claims.get(id));
    const target = claims.get(edge.to);
    if (!target || premises.some((p) => !p)) continue;
    const tops = (premises as ClaimFlowNode[]).map((p) => ({ x: p.position.x + size(p).width / 2, y: p.position.y }));
    const start = { x: tops.reduce((sum, t) => sum + t.x, 0) / tops.length, y: tops.reduce((sum, t) => sum + t.y, 0) / tops.length };
    const end = { x: target.position.x + size(target).width / 2, y: target.position.y + size(target).height };
    const position = { x: (start.x + end.x) / 2 - JUNCTION_SIZE / 2, y: (start.y + end.y) / 2 - JUNCTION_SIZE / 2 };
    const shown = targeted.has(edge.id) || isLinked(edge);
    const existing = previous.get(junctionId(edge.id));
    if (existing) {
      const moved = existing.position.x !== position.x || existing.position.y !== position.y;
      const linked = isLinked(edge);
      junctions.push(moved || existing.data.shown !== shown || existing.data.linked !== linked ? { ...existing, position, data: { edgeId: edge.id, shown, linked } } : existing);
      continue;
    }
    junctions.push({
      id: junctionId(edge.id),
      type: "junction",
      position,
      data: { edgeId: edge.id, shown, linked: isLinked(edge) },
      width: JUNCTION_SIZE,
      height: JUNCTION_SIZE,
      handles: estimatedHandles(JUNCTION_SIZE, JUNCTION_SIZE, 1),
      selectable: false,
      draggable: false,
      focusable: false,
    });
  }
  return [...nodes.filter((n) => n.type !== "junction"), ...junctions];
}

export function undercutEdge(undercut: MapUndercut, claimText: (id: string) => string, targetLabel: string): Edge<{ undercut: MapUndercut }> {
  return {
    id: undercut.id,
    source: undercut.from,
    target: junctionId(undercut.targetEdgeId),
    type: "default",
    data: { undercut },
    markerEnd: MARKER_IDS.undercut,
    style: { stroke: EDGE_COLORS.undercut, strokeWidth: 2, strokeDasharray: "2 4", strokeLinecap: "round" },
    className: "undercut-edge",
    ariaLabel: `“${shorten(claimText(undercut.from))}” objects that ${targetLabel}`,
    interactionWidth: 16,
  };
}

/** A claim card's handles are 10 px squares centred on its top and bottom edges (app/globals.css). */
const CARD_HANDLE = 10;

/**
 * Where a node's handles are before React Flow has measured it. Without them React Flow renders every
 * node once, however far outside the viewport, just to measure it: on a 2,000-claim map that first
 * render was most of the wait. Once a node is measured its real handles replace these (`withMeasuredHandles`).
 */
function estimatedHandles(width: number, height: number, handle: number): NonNullable<Node["handles"]> {
  return [
    { type: "source", position: Position.Top, x: (width - handle) / 2, y: -handle / 2, width: handle, height: handle },
    { type: "target", position: Position.Bottom, x: (width - handle) / 2, y: height - handle / 2, width: handle, height: handle },
  ];
}

export function claimNode(claim: MapClaim, position: { x: number; y: number }, comments?: CommentCounts): ClaimFlowNode {
  const size = estimateCardSize(claim.text, claim.type === "thesis");
  return {
    id: claim.id,
    type: "claim",
    position,
    data: { claim, color: sourceColor(claim.source?.colorIndex), comments },
    width: size.width,
    initialHeight: size.height,
    handles: estimatedHandles(size.width, size.height, CARD_HANDLE),
    ariaLabel: claimLabel(claim, comments),
  };
}

/**
 * Drops the estimated handles of nodes React Flow has measured, so their edges meet the handles
 * where they really are (a card with stances or a verdict is taller than its estimate).
 */
export function withMeasuredHandles<N extends Node>(nodes: N[]): N[] {
  return nodes.map((n) => {
    if (!n.handles || n.measured?.height === undefined) return n;
    const { handles: _estimated, ...measured } = n;
    return measured as N;
  });
}

/** "“A” supports “B”", for naming an edge in sentences and accessible labels. */
export function describeEdge(edge: MapEdge, claimText: (id: string) => string): string {
  const premises = (edge.premises.length ? edge.premises : [edge.from]).map((id) => `“${shorten(claimText(id))}”`);
  const verb = edge.kind === "support" ? "support" : "oppose";
  if (premises.length > 1) return `${premises.slice(0, -1).join(", ")} and ${premises.at(-1)} together ${verb} “${shorten(claimText(edge.to))}”`;
  return `${premises[0]} ${verb}s “${shorten(claimText(edge.to))}”`;
}

/** The same node with new comment counts (the summary is fetched apart from the map). */
export function withCommentCounts(node: ClaimFlowNode, comments: CommentCounts | undefined): ClaimFlowNode {
  return { ...node, data: { ...node.data, comments }, ariaLabel: claimLabel(node.data.claim, comments) };
}

/** "3 comments, 1 unread": the badge's accessible name, also read out with the node. */
export function commentCountLabel({ total, unread }: CommentCounts): string {
  return `${total} comment${total === 1 ? "" : "s"}${unread > 0 ? `, ${unread} unread` : ""}`;
}

function claimLabel(claim: MapClaim, comments: CommentCounts | undefined): string {
  const label = claim.wordings
    ? `${claim.type}, one proposition in ${claim.wordings.length} wordings: ${claim.wordings.map((w) => `${w.source?.author ?? "own claim"}: ${w.text}`).join("; ")}`
    : `${claim.type} claim${claim.source ? ` by ${claim.source.author}` : ""}: ${claim.text}`;
  return comments && comments.total > 0 ? `${label} (${commentCountLabel(comments)})` : label;
}

export function argumentEdge(edge: MapEdge, claimText: (id: string) => string): ArgumentFlowEdge {
  const support = edge.kind === "support";
  return {
    id: edge.id,
    source: isLinked(edge) ? junctionId(edge.id) : edge.from,
    target: edge.to,
    type: "default",
    data: { edge },
    markerEnd: support ? MARKER_IDS.support : MARKER_IDS.oppose,
    style: edgeStyle(edge),
    label: support ? "+" : "−",
    labelStyle: { fill: support ? EDGE_COLORS.support : EDGE_COLORS.oppose, fontWeight: 800, fontSize: 14 },
    labelBgStyle: { fill: "#fff", stroke: support ? EDGE_COLORS.support : EDGE_COLORS.oppose, strokeWidth: 1 },
    labelBgPadding: [5, 1],
    labelBgBorderRadius: 9,
    ariaLabel: describeEdge(edge, claimText),
    interactionWidth: 16,
  };
}

function edgeStyle(edge: MapEdge): CSSProperties {
  const support = edge.kind === "support";
  return { stroke: support ? EDGE_COLORS.support : EDGE_COLORS.oppose, strokeWidth: 2, strokeDasharray: support ? undefined : "7 5" };
}

/**
 * The React Flow edges of one inference: a single edge for one premise; for linked premises, a line
 * from each premise into the junction (no arrowhead: alone, none of them carries the conclusion) and
 * the arrow from the junction to the conclusion. Every piece selects the whole inference.
 */
export function inferenceEdges(edge: MapEdge, claimText: (id: string) => string): ArgumentFlowEdge[] {
  const main = argumentEdge(edge, claimText);
  if (!isLinked(edge)) return [main];
  const segments: ArgumentFlowEdge[] = edge.premises.map((premise) => ({
    id: premiseSegmentId(edge.id, premise),
    source: premise,
    target: junctionId(edge.id),
    type: "default",
    data: { edge },
    style: edgeStyle(edge),
    className: "premise-segment",
    ariaLabel: `“${shorten(claimText(premise))}”, one of ${edge.premises.length} linked premises of ${describeEdge(edge, claimText)}`,
    interactionWidth: 16,
  }));
  return [...segments, main];
}

/** A claim’s words cut to fit a label. */
export function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The separate view's line between two claims stating one proposition (components/map/EquivalenceEdge
 * draws it double, with "="). Not selectable: the claim's panel is where equivalence is changed.
 */
export function equivalenceEdge(link: { id: string; groupId: string; a: string; b: string }, claimText: (id: string) => string): Edge<{ groupId: string }, "equivalence"> {
  return {
    id: link.id,
    source: link.a,
    target: link.b,
    type: "equivalence",
    data: { groupId: link.groupId },
    selectable: false,
    focusable: false,
    className: "equivalence-edge",
    ariaLabel: `“${shorten(claimText(link.a))}” states the same proposition as “${shorten(claimText(link.b))}”`,
  };
}

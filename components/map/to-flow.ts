/** The one adapter from the domain map (lib/graph) to React Flow's nodes and edges. */
import type { Edge, Node } from "@xyflow/react";
import { estimateCardSize } from "@/lib/graph/layout";
import { EDGE_COLORS, sourceColor } from "@/lib/graph/palette";
import type { CommentCounts } from "@/lib/discussion/types";
import type { ClaimVerdict } from "@/lib/argumentation/map-evaluation";
import type { FoldState } from "./FoldToggle";
import type { MapClaim, MapEdge, MapUndercut } from "@/lib/graph/types";

export type ClaimNodeData = { claim: MapClaim; color: string; comments?: CommentCounts; verdict?: ClaimVerdict; fold?: FoldState };
export type ClaimFlowNode = Node<ClaimNodeData, "claim">;
export type ArgumentFlowEdge = Edge<{ edge: MapEdge }>;

export const MARKER_IDS = { support: "agon-arrow-support", oppose: "agon-bar-oppose", undercut: "agon-bar-undercut" } as const;

/** A point on an edge that undercuts end on: an invisible node kept at the edge's midpoint. */
export type JunctionFlowNode = Node<{ edgeId: string }, "junction">;
export type MapFlowNode = ClaimFlowNode | JunctionFlowNode;
const JUNCTION_SIZE = 10;
export const junctionId = (edgeId: string) => `junction:${edgeId}`;

/**
 * Put a junction at the middle of every edge that an undercut targets. React Flow's bezier between a
 * top handle and a bottom handle passes through the midpoint of its two ends, where the edge's label
 * sits, so the undercut visibly ends on the edge. Call after any node moves.
 */
export function placeJunctions(nodes: MapFlowNode[], edges: MapEdge[], undercuts: MapUndercut[]): MapFlowNode[] {
  const claims = new Map(nodes.filter((n): n is ClaimFlowNode => n.type === "claim").map((n) => [n.id, n]));
  // Keep React Flow's measurements of existing junctions, or their edges would wait to be measured again.
  const previous = new Map(nodes.filter((n): n is JunctionFlowNode => n.type === "junction").map((n) => [n.id, n]));
  const targeted = new Set(undercuts.map((u) => u.targetEdgeId));
  const junctions: JunctionFlowNode[] = [];
  for (const edge of edges) {
    if (!targeted.has(edge.id)) continue;
    const source = claims.get(edge.from);
    const target = claims.get(edge.to);
    if (!source || !target) continue;
    const size = (n: ClaimFlowNode) => ({ width: n.measured?.width ?? n.width ?? 260, height: n.measured?.height ?? estimateCardSize(n.data.claim.text, n.data.claim.type === "thesis").height });
    const start = { x: source.position.x + size(source).width / 2, y: source.position.y };
    const end = { x: target.position.x + size(target).width / 2, y: target.position.y + size(target).height };
    const position = { x: (start.x + end.x) / 2 - JUNCTION_SIZE / 2, y: (start.y + end.y) / 2 - JUNCTION_SIZE / 2 };
    const existing = previous.get(junctionId(edge.id));
    if (existing) {
      const moved = existing.position.x !== position.x || existing.position.y !== position.y;
      junctions.push(moved ? { ...existing, position } : existing);
      continue;
    }
    junctions.push({
      id: junctionId(edge.id),
      type: "junction",
      position,
      data: { edgeId: edge.id },
      width: JUNCTION_SIZE,
      height: JUNCTION_SIZE,
      selectable: false,
      draggable: false,
      connectable: false,
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

export function claimNode(claim: MapClaim, position: { x: number; y: number }, comments?: CommentCounts): ClaimFlowNode {
  const size = estimateCardSize(claim.text, claim.type === "thesis");
  return {
    id: claim.id,
    type: "claim",
    position,
    data: { claim, color: sourceColor(claim.source?.colorIndex), comments },
    width: size.width,
    ariaLabel: claimLabel(claim, comments),
  };
}

/** "“A” supports “B”", for naming an edge in sentences and accessible labels. */
export function describeEdge(edge: MapEdge, claimText: (id: string) => string): string {
  return `“${shorten(claimText(edge.from))}” ${edge.kind === "support" ? "supports" : "opposes"} “${shorten(claimText(edge.to))}”`;
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
  const label = `${claim.type} claim${claim.source ? ` by ${claim.source.author}` : ""}: ${claim.text}`;
  return comments && comments.total > 0 ? `${label} (${commentCountLabel(comments)})` : label;
}

export function argumentEdge(edge: MapEdge, claimText: (id: string) => string): ArgumentFlowEdge {
  const support = edge.kind === "support";
  return {
    id: edge.id,
    source: edge.from,
    target: edge.to,
    type: "default",
    data: { edge },
    markerEnd: support ? MARKER_IDS.support : MARKER_IDS.oppose,
    style: {
      stroke: support ? EDGE_COLORS.support : EDGE_COLORS.oppose,
      strokeWidth: 2,
      strokeDasharray: support ? undefined : "7 5",
    },
    label: support ? "+" : "−",
    labelStyle: { fill: support ? EDGE_COLORS.support : EDGE_COLORS.oppose, fontWeight: 800, fontSize: 14 },
    labelBgStyle: { fill: "#fff", stroke: support ? EDGE_COLORS.support : EDGE_COLORS.oppose, strokeWidth: 1 },
    labelBgPadding: [5, 1],
    labelBgBorderRadius: 9,
    ariaLabel: describeEdge(edge, claimText),
    interactionWidth: 16,
  };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

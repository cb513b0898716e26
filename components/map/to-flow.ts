/** The one adapter from the domain map (lib/graph) to React Flow's nodes and edges. */
import type { Edge, Node } from "@xyflow/react";
import { estimateCardSize } from "@/lib/graph/layout";
import { EDGE_COLORS, sourceColor } from "@/lib/graph/palette";
import type { CommentCounts } from "@/lib/discussion/types";
import type { MapClaim, MapEdge } from "@/lib/graph/types";

export type ClaimNodeData = { claim: MapClaim; color: string; comments?: CommentCounts };
export type ClaimFlowNode = Node<ClaimNodeData, "claim">;
export type ArgumentFlowEdge = Edge<{ edge: MapEdge }>;

export const MARKER_IDS = { support: "agon-arrow-support", oppose: "agon-bar-oppose" } as const;

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
    ariaLabel: `“${shorten(claimText(edge.from))}” ${support ? "supports" : "opposes"} “${shorten(claimText(edge.to))}”`,
    interactionWidth: 16,
  };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

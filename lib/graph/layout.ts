/**
 * Layered layout of the argument map with elkjs: conclusions above the reasons that bear on them,
 * like a thesis tree. Pure and async (elk runs its own event loop); the caller applies the result.
 */
import ELK from "elkjs/lib/elk.bundled.js";

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
}

export type Positions = Record<string, { x: number; y: number }>;

const elk = new ELK();

// Premises point up at their conclusions, so direction UP puts theses on top. Spacing is generous
// because cards carry four lines of text and edges need room for their kind labels.
const LAYERED_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "UP",
  "elk.layered.spacing.nodeNodeBetweenLayers": "90",
  "elk.spacing.nodeNode": "40",
  "elk.spacing.componentComponent": "80",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.layered.cycleBreaking.strategy": "GREEDY",
  "elk.separateConnectedComponents": "true",
  "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
};

/** Top-left positions for every node. Edges whose ends are missing are ignored. */
export async function layeredLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Promise<Positions> {
  const ids = new Set(nodes.map((n) => n.id));
  const graph = await elk.layout({
    id: "root",
    layoutOptions: LAYERED_OPTIONS,
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: edges.filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to).map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  });
  const positions: Positions = {};
  for (const child of graph.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  return positions;
}

/** A card's size from its text: the map clamps text to four lines, so height is bounded. */
export function estimateCardSize(text: string, thesis: boolean): { width: number; height: number } {
  const width = thesis ? 290 : 260;
  const charsPerLine = thesis ? 34 : 36;
  const lines = Math.min(4, Math.max(1, Math.ceil(text.length / charsPerLine)));
  return { width, height: 38 + lines * 19 };
}

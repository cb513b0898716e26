/**
 * Layered layout of the argument map with elkjs: conclusions above the reasons that bear on them,
 * like a thesis tree. Pure and async (elk runs its own event loop); the caller applies the result.
 */
import type ElkConstructor from "elkjs/lib/elk.bundled.js";

type ELK = InstanceType<typeof ElkConstructor>;

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

/**
 * elk (1.5 MB of JavaScript) is loaded on first use: the map page imports this module for card sizes
 * and the big-map tree, and parsing elk on the main thread delayed every map's first view by about a
 * second. Only the layout worker ends up loading it.
 */
let elkInstance: Promise<ELK> | null = null;
function loadElk(): Promise<ELK> {
  elkInstance ??= (async () => {
    const scope = globalThis as { onmessage?: unknown };
    const handler = scope.onmessage;
    const module = await import("elkjs/lib/elk.bundled.js");
    const elk = new module.default();
    // Evaluated inside a Web Worker, elk's bundle makes itself that worker's message handler (it can
    // serve as elk's own worker): give the layout worker its handler back, or no request is answered.
    // Checked after construction: the bundler may evaluate the module only when it is first used.
    if (handler !== undefined && scope.onmessage !== handler) scope.onmessage = handler;
    return elk;
  })();
  return elkInstance;
}

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
  const graph = await (await loadElk()).layout({
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

/**
 * The arrangements a member can choose. Layered (top-down) reads best for a thesis tree: every
 * conclusion sits above its reasons and edges mostly point up. Radial puts the theses in the middle
 * and their reasons in rings around them, which shows at a glance how far each claim is from a thesis
 * and suits a web of many short branches. Force treats edges as springs, so tightly argued clusters
 * come together, which suits maps with many cross-links and no clear thesis.
 */
export const LAYOUT_ALGORITHMS = ["layered", "radial", "force"] as const;
export type LayoutAlgorithm = (typeof LAYOUT_ALGORITHMS)[number];

/**
 * elk's layered algorithm minimises crossings over every edge, which grows far faster than the map
 * (over a minute for 2,000 claims here), and so does its tree layout (mrtree): above this size the
 * top-down layout is our own tree over a spanning forest (`treeLayout`, linear time) with wide
 * families wrapped into rows, and cross-links are drawn but do not move anything.
 */
export const LAYERED_FULL_MAX_CLAIMS = 400;
/** elk's force layout compares every pair of claims on every iteration. */
export const FORCE_MAX_CLAIMS = 500;

/** One outgoing edge per claim (its first reason), premise → conclusion: trees rooted at the theses. */
export function spanningForest(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): LayoutEdge[] {
  const ids = new Set(nodes.map((n) => n.id));
  const hasParent = new Set<string>();
  const parentOf = new Map<string, string>();
  const forest: LayoutEdge[] = [];
  const reaches = (from: string, target: string) => {
    for (let at: string | undefined = from; at !== undefined; at = parentOf.get(at)) if (at === target) return true;
    return false;
  };
  for (const edge of edges) {
    if (!ids.has(edge.from) || !ids.has(edge.to) || edge.from === edge.to || hasParent.has(edge.from)) continue;
    if (reaches(edge.to, edge.from)) continue; // would close a cycle
    hasParent.add(edge.from);
    parentOf.set(edge.from, edge.to);
    forest.push(edge);
  }
  return forest;
}

const FORCE_OPTIONS: Record<string, string> = { "elk.algorithm": "force", "elk.force.iterations": "120", "elk.spacing.nodeNode": "60", "elk.force.repulsion": "2" };

/** Top-left positions for every node in the chosen arrangement. */
export async function arrangeMap(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], algorithm: LayoutAlgorithm): Promise<Positions> {
  if (algorithm === "layered" && nodes.length <= LAYERED_FULL_MAX_CLAIMS) return layeredLayout(nodes, edges);
  if (algorithm === "force" && nodes.length > FORCE_MAX_CLAIMS) throw new RangeError(`The force layout is limited to ${FORCE_MAX_CLAIMS} claims; this map has ${nodes.length}.`);
  if (algorithm === "layered") return treeLayout(nodes, spanningForest(nodes, edges));
  if (algorithm === "radial") return radialLayout(nodes, spanningForest(nodes, edges));
  const options = FORCE_OPTIONS;
  const used = edges.filter((e) => e.from !== e.to);
  const ids = new Set(nodes.map((n) => n.id));
  const graph = await (await loadElk()).layout({
    id: "root",
    layoutOptions: options,
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: used.filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  });
  const positions: Positions = {};
  for (const child of graph.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  return positions;
}

const TREE_GAP_X = 40;
const TREE_GAP_Y = 90;
/** Between two rows of reasons under one conclusion: less than between a conclusion and its reasons. */
const TREE_GAP_ROWS = 60;
const TREE_GAP_COMPONENTS = 120;
/**
 * Width to height a family of reasons is wrapped to: wider than tall, so a conclusion's reasons still
 * read as a row beneath it, but a thesis with three hundred reasons becomes a block of rows rather than
 * one row a hundred thousand pixels long.
 */
const FAMILY_ASPECT = 2.5;
/** A family is never wrapped narrower than this, so a handful of reasons always share one row. */
const FAMILY_MIN_ROW = 6 * (260 + TREE_GAP_X);
/** The trees of a map are packed in rows to about the shape of a screen. */
const MAP_ASPECT = 1.6;

type Block = { width: number; height: number };
type Placed = { id: string; x: number; y: number };

/**
 * Places blocks left to right in rows no wider than `rowWidth` (a block wider than that gets a row of
 * its own), each row centred in the widest. Returns offsets from the top left and the total size.
 */
function wrapInRows(blocks: readonly Block[], rowWidth: number, gapX: number, gapY: number): { offsets: { x: number; y: number }[]; width: number; height: number } {
  const rows: { members: number[]; width: number; height: number }[] = [];
  let row = { members: [] as number[], width: 0, height: 0 };
  blocks.forEach((block, i) => {
    const widthWith = row.members.length === 0 ? block.width : row.width + gapX + block.width;
    if (row.members.length > 0 && widthWith > rowWidth) {
      rows.push(row);
      row = { members: [], width: 0, height: 0 };
    }
    row.width = row.members.length === 0 ? block.width : row.width + gapX + block.width;
    row.height = Math.max(row.height, block.height);
    row.members.push(i);
  });
  if (row.members.length > 0) rows.push(row);
  const width = Math.max(0, ...rows.map((r) => r.width));
  const offsets: { x: number; y: number }[] = [];
  let top = 0;
  for (const r of rows) {
    let left = (width - r.width) / 2;
    for (const i of r.members) {
      offsets[i] = { x: left, y: top };
      left += blocks[i]!.width + gapX;
    }
    top += r.height + gapY;
  }
  return { offsets, width, height: Math.max(0, top - gapY) };
}

/** The row width that gives blocks of this total area about the wanted shape, never narrower than the widest block. */
function rowWidthFor(blocks: readonly Block[], gapX: number, gapY: number, aspect: number, atLeast: number): number {
  const area = blocks.reduce((sum, b) => sum + (b.width + gapX) * (b.height + gapY), 0);
  return Math.max(atLeast, ...blocks.map((b) => b.width), Math.sqrt(area * aspect));
}

/**
 * Top-down tree for big maps: each conclusion centred above its reasons; a conclusion with more
 * reasons than fit a row (about 2.5 times as wide as the block is tall) gets them in several rows, and
 * the trees of the map are packed in rows to about a screen's shape. `forest` gives at most one
 * conclusion per claim (see `spanningForest`); other edges are drawn but do not move anything.
 * Linear time (iterative, so a long chain of reasons cannot overflow the stack).
 */
export function treeLayout(nodes: readonly LayoutNode[], forest: readonly LayoutEdge[]): Positions {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const edge of forest) {
    if (!byId.has(edge.from) || !byId.has(edge.to) || hasParent.has(edge.from)) continue;
    hasParent.add(edge.from);
    const list = children.get(edge.to) ?? [];
    list.push(edge.from);
    children.set(edge.to, list);
  }
  const roots = nodes.filter((n) => !hasParent.has(n.id)).map((n) => n.id);
  // Post-order (children before their conclusion) without recursion.
  const order: string[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    for (const child of [...(children.get(id) ?? [])].reverse()) stack.push(child);
  }
  // Each claim's block (the claim over its wrapped reasons), in coordinates relative to the block.
  const blocks = new Map<string, Block & { members: Placed[] }>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const card = byId.get(id)!;
    // Shallow families first: single reasons fill the rows right under their conclusion, and the few
    // deep branches, which would push every later row down, come last, so most edges stay short.
    const kids = (children.get(id) ?? []).map((k) => blocks.get(k)!).map((block, k) => ({ block, k })).sort((a, b) => a.block.height - b.block.height || a.k - b.k).map((kid) => kid.block);
    if (kids.length === 0) {
      blocks.set(id, { width: card.width, height: card.height, members: [{ id, x: 0, y: 0 }] });
      continue;
    }
    const rows = wrapInRows(kids, rowWidthFor(kids, TREE_GAP_X, TREE_GAP_ROWS, FAMILY_ASPECT, Math.max(card.width, FAMILY_MIN_ROW)), TREE_GAP_X, TREE_GAP_ROWS);
    const width = Math.max(card.width, rows.width);
    const below = card.height + TREE_GAP_Y;
    const shift = (width - rows.width) / 2;
    const members: Placed[] = [{ id, x: (width - card.width) / 2, y: 0 }];
    kids.forEach((kid, k) => {
      const at = rows.offsets[k]!;
      for (const m of kid.members) members.push({ id: m.id, x: m.x + at.x + shift, y: m.y + at.y + below });
      kid.members = []; // merged upwards: each claim is copied once per level, not kept at every level
    });
    blocks.set(id, { width, height: below + rows.height, members });
  }
  // Biggest trees first, so the map opens on what is most argued about; the order is otherwise kept.
  const trees = roots.map((id) => blocks.get(id)!).map((block, i) => ({ block, i })).sort((a, b) => b.block.members.length - a.block.members.length || a.i - b.i).map((t) => t.block);
  const packed = wrapInRows(trees, rowWidthFor(trees, TREE_GAP_COMPONENTS, TREE_GAP_COMPONENTS, MAP_ASPECT, 0), TREE_GAP_COMPONENTS, TREE_GAP_COMPONENTS);
  const positions: Positions = {};
  trees.forEach((tree, t) => {
    const at = packed.offsets[t]!;
    for (const m of tree.members) positions[m.id] = { x: m.x + at.x, y: m.y + at.y };
  });
  return positions;
}

/**
 * Theses in the middle, reasons in rings around them: each claim gets a wedge of the circle in
 * proportion to the leaves below it, and each ring is far enough out that the narrowest wedge on it
 * still holds a card. (elk's radial layout let wide cards overlap.) Linear time.
 */
export function radialLayout(nodes: readonly LayoutNode[], forest: readonly LayoutEdge[]): Positions {
  if (nodes.length === 0) return {};
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const edge of forest) {
    if (!byId.has(edge.from) || !byId.has(edge.to)) continue;
    hasParent.add(edge.from);
    children.set(edge.to, [...(children.get(edge.to) ?? []), edge.from]);
  }
  const roots = nodes.filter((n) => !hasParent.has(n.id)).map((n) => n.id);
  // One root sits in the centre; several become the first ring around an empty centre.
  const HUB = "\u0000hub";
  const kidsOf = (id: string) => (id === HUB ? roots : children.get(id) ?? []);
  const start = roots.length === 1 ? roots[0]! : HUB;
  const order: [string, number][] = [];
  const stack: [string, number][] = [[start, 0]];
  while (stack.length > 0) {
    const [id, d] = stack.pop()!;
    order.push([id, d]);
    for (const kid of [...kidsOf(id)].reverse()) stack.push([kid, d + 1]);
  }
  const leaves = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]![0];
    const kids = kidsOf(id);
    leaves.set(id, kids.length === 0 ? 1 : kids.reduce((sum, k) => sum + leaves.get(k)!, 0));
  }
  const total = leaves.get(start)!;
  const widest = Math.max(...nodes.map((n) => Math.hypot(n.width, n.height)));
  // The narrowest wedge on each ring decides how far out that ring must be.
  const narrowest: number[] = [];
  for (const [id, d] of order) narrowest[d] = Math.min(narrowest[d] ?? 1, leaves.get(id)! / total);
  const radius: number[] = [0];
  for (let d = 1; d < narrowest.length; d++) radius[d] = Math.max(radius[d - 1]! + widest + 40, (widest + 30) / (2 * Math.PI * narrowest[d]!));
  const positions: Positions = {};
  const place: [string, number, number][] = [[start, 0, 2 * Math.PI]];
  const depthOf = new Map(order);
  while (place.length > 0) {
    const [id, from, to] = place.pop()!;
    const node = byId.get(id);
    if (node) {
      const r = radius[depthOf.get(id)!]!;
      const angle = (from + to) / 2;
      positions[id] = { x: r * Math.cos(angle) - node.width / 2, y: r * Math.sin(angle) - node.height / 2 };
    }
    let at = from;
    for (const kid of kidsOf(id)) {
      const share = ((to - from) * leaves.get(kid)!) / leaves.get(id)!;
      place.push([kid, at, at + share]);
      at += share;
    }
  }
  return positions;
}

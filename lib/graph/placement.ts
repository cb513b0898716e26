/**
 * Where a claim with no position goes on a map that is already arranged: next to what it connects
 * to (below a conclusion it argues for, above a premise it draws on), in the nearest free spot, so
 * nothing already placed moves. Pure; the map applies the result.
 */
import type { Positions } from "./layout";

export interface Box {
  width: number;
  height: number;
}

const GAP = 30;
const MAX_RINGS = 40;

function overlaps(x: number, y: number, size: Box, placed: { x: number; y: number; width: number; height: number }[]): boolean {
  return placed.some((p) => x < p.x + p.width + GAP && x + size.width + GAP > p.x && y < p.y + p.height + GAP && y + size.height + GAP > p.y);
}

/**
 * Positions for `unplaced` claims, each next to its first placed neighbour (edges run premise →
 * conclusion, and conclusions sit above), or near `fallback` when it has none. Claims placed here
 * count as obstacles for the ones after them.
 */
export function placeNearNeighbours(
  unplaced: readonly string[],
  known: Positions,
  sizes: (id: string) => Box,
  edges: readonly { from: string; to: string }[],
  fallback: { x: number; y: number },
): Positions {
  const boxes = Object.entries(known).map(([id, p]) => ({ ...p, ...sizes(id) }));
  const placed: Positions = {};
  const where = (id: string) => placed[id] ?? known[id];
  for (const id of unplaced) {
    const size = sizes(id);
    let origin = fallback;
    for (const edge of edges) {
      if (edge.from === id && where(edge.to)) {
        const parent = where(edge.to)!;
        origin = { x: parent.x, y: parent.y + sizes(edge.to).height + 90 };
        break;
      }
      if (edge.to === id && where(edge.from)) {
        const child = where(edge.from)!;
        origin = { x: child.x, y: child.y - size.height - 90 };
        break;
      }
    }
    // Search rings of slots around the origin, nearest first, for one that overlaps nothing.
    const stepX = size.width + GAP;
    const stepY = size.height + GAP;
    let spot = origin;
    search: for (let ring = 0; ring <= MAX_RINGS; ring++) {
      const slots: { x: number; y: number }[] = [];
      for (let dx = -ring; dx <= ring; dx++) {
        for (let dy = -ring; dy <= ring; dy++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) slots.push({ x: origin.x + dx * stepX, y: origin.y + dy * stepY });
        }
      }
      // Prefer the same row (siblings side by side), then nearer slots.
      slots.sort((a, b) => Math.abs(a.y - origin.y) - Math.abs(b.y - origin.y) || Math.abs(a.x - origin.x) - Math.abs(b.x - origin.x));
      for (const slot of slots) {
        if (!overlaps(slot.x, slot.y, size, boxes)) {
          spot = slot;
          break search;
        }
      }
    }
    placed[id] = spot;
    boxes.push({ ...spot, ...size });
  }
  return placed;
}

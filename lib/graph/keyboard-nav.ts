/**
 * Arrow-key movement on the map: from the current claim to the related claim (the caller decides:
 * connected for up/down, siblings for left/right) that lies most nearly in the pressed direction; when none is connected that way, to the nearest visible claim
 * that way, so the keyboard can still reach every part of the map. Pure geometry on card centres.
 */
export type Direction = "up" | "down" | "left" | "right";
export type Point = { x: number; y: number };

const UNIT: Record<Direction, Point> = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

function best(from: Point, direction: Direction, candidates: [string, Point][]): string | null {
  const unit = UNIT[direction];
  let chosen: string | null = null;
  let score = Number.POSITIVE_INFINITY;
  for (const [id, at] of candidates) {
    const dx = at.x - from.x;
    const dy = at.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    if (along <= 0) continue;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    // Sideways distance counts more than distance ahead, so "left" prefers what is level with us
    // over a nearer claim up and to the left.
    const cost = along + 1.5 * across;
    if (cost < score) {
      score = cost;
      chosen = id;
    }
  }
  return chosen;
}

export function nextClaim(current: string, direction: Direction, centres: Map<string, Point>, neighbours: ReadonlySet<string>): string | null {
  const from = centres.get(current);
  if (!from) return null;
  const others = [...centres].filter(([id]) => id !== current);
  return best(from, direction, others.filter(([id]) => neighbours.has(id))) ?? best(from, direction, others);
}

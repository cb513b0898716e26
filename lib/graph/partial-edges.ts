/**
 * Partial edge drawing for big maps: an edge longer than a screen is drawn as a short stub at each end,
 * pointing at the other end, instead of a curve across the whole view (the technique of Becker, Eick
 * and Wilks, "Visualizing network data", 1995, studied as "partial edge drawing" by Bruckdorfer and
 * Kaufmann, 2012). On a 2,000-claim map the opening view is crossed by some 300 such curves, median
 * length 14,000 px: they hide the cards' own reasons, and stroking them was most of every frame's work
 * while panning. Selecting either claim, the edge itself, or a path through it draws it whole.
 *
 * Each stub leaves its card the way a whole edge does (out of the handle, straight on), then bends
 * towards the other end, so a card's stubs fan out instead of lying along its row.
 */

/**
 * Edges at least this long (layout pixels, end to end) are drawn as stubs: at the zoom a big map opens
 * on (0.8) both ends of such an edge seldom fit on a laptop's screen together.
 */
export const STUB_FROM_LENGTH = 1500;
/** How far a stub runs straight out of its handle, then on towards the other end (layout pixels). */
export const STUB_LEAD = 50;
export const STUB_REACH = 110;

export interface Point {
  x: number;
  y: number;
}

export interface StubbedEdge {
  /** Two subpaths: out of the source towards the target, and into the target from the source's side. */
  path: string;
  /** The middle of the target's stub: where the kind label goes, next to the arrowhead it explains. */
  labelX: number;
  labelY: number;
  /** Both stubs' length together, about (for a dash pattern). */
  drawnLength: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const at = (p: Point) => `${round(p.x)},${round(p.y)}`;

/**
 * The stubs of an edge from `source` to `target`, or null when it is short enough to draw whole.
 * `sourceOut` and `targetOut` are the unit directions the handles face, out of their cards.
 */
export function stubbedEdge(source: Point, sourceOut: Point, target: Point, targetOut: Point, from = STUB_FROM_LENGTH): StubbedEdge | null {
  const length = Math.hypot(target.x - source.x, target.y - source.y);
  if (!(length >= from)) return null;
  const u = { x: (target.x - source.x) / length, y: (target.y - source.y) / length };
  const sourceBend = { x: source.x + sourceOut.x * STUB_LEAD, y: source.y + sourceOut.y * STUB_LEAD };
  const sourceEnd = { x: sourceBend.x + u.x * STUB_REACH, y: sourceBend.y + u.y * STUB_REACH };
  const targetBend = { x: target.x + targetOut.x * STUB_LEAD, y: target.y + targetOut.y * STUB_LEAD };
  const targetStart = { x: targetBend.x - u.x * STUB_REACH, y: targetBend.y - u.y * STUB_REACH };
  return {
    // Quadratic curves: the tangent at the card is the handle's direction, so the arrowhead points
    // into the card as on a whole edge.
    path: `M${at(source)} Q${at(sourceBend)} ${at(sourceEnd)} M${at(targetStart)} Q${at(targetBend)} ${at(target)}`,
    labelX: 0.25 * targetStart.x + 0.5 * targetBend.x + 0.25 * target.x,
    labelY: 0.25 * targetStart.y + 0.5 * targetBend.y + 0.25 * target.y,
    drawnLength: 2 * (STUB_LEAD + STUB_REACH),
  };
}

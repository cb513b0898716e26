/**
 * Partial edge drawing for big maps: an edge longer than a screen is drawn as a short stub at each end,
 * pointing at the other end, instead of a curve across the whole view (the technique of Becker, Eick
 * and Wilks, "Visualizing network data", 1995, studied as "partial edge drawing" by Bruckdorfer and
 * Kaufmann, 2012). On a 2,000-claim map the opening view was crossed by some 300 such curves, median
 * length 14,000 px: they hid the cards' own reasons, and repainting them was most of every frame's
 * work while panning. Selecting either claim, the edge itself, or a path through it draws it whole.
 *
 * The stubs belong to the cards (they come and go with them as the view moves), so each is given
 * relative to its card's handle. A stub leaves its card the way a whole edge does, straight out of
 * the handle, then bends towards the other end, so a card's stubs fan out instead of lying along its row.
 */
import type { EdgeKind } from "../validation/edge";

/**
 * Edges at least this long (layout pixels, handle to handle) are drawn as stubs: at the zoom a big map
 * opens on (0.8) both ends of such an edge seldom fit on a laptop's screen together.
 */
export const STUB_FROM_LENGTH = 1500;
/** How far a stub runs straight out of its handle, then on towards the other end (layout pixels). */
export const STUB_LEAD = 40;
export const STUB_REACH = 100;

export interface Point {
  x: number;
  y: number;
}

/** Where an edge leaves its premise's card ("out") and enters its conclusion's ("in"). */
export type HandleEnd = "out" | "in";

/** One end of a long edge, drawn at a card. */
export interface ClaimStub {
  edgeId: string;
  kind: EdgeKind;
  end: HandleEnd;
  /** The claim at the other end. */
  otherClaimId: string;
  /** SVG path relative to the card's handle (at 0,0); an "in" stub ends on the handle, for the arrowhead. */
  path: string;
}

interface StubbableEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
}

type HandleOf = (claimId: string, end: HandleEnd) => Point | undefined;

const round = (n: number) => Math.round(n * 10) / 10;
const at = (p: Point) => `${round(p.x)},${round(p.y)}`;

/** The unit direction from the premise's "out" handle to the conclusion's "in" handle, and their distance. */
function span(edge: StubbableEdge, handleOf: HandleOf): { u: Point; length: number } | null {
  const from = handleOf(edge.from, "out");
  const to = handleOf(edge.to, "in");
  if (!from || !to) return null;
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  return length > 0 ? { u: { x: (to.x - from.x) / length, y: (to.y - from.y) / length }, length } : null;
}

/** The edges long enough to be drawn as stubs. */
export function longEdgeIds(edges: readonly StubbableEdge[], handleOf: HandleOf, from = STUB_FROM_LENGTH): Set<string> {
  const ids = new Set<string>();
  for (const edge of edges) if ((span(edge, handleOf)?.length ?? 0) >= from) ids.add(edge.id);
  return ids;
}

/**
 * The stubs of these edges, by claim. `outward` and `inward` are the directions the cards' handles face
 * (top-down maps: a reason leaves its card upwards and enters its conclusion from below).
 */
export function claimStubs(edges: readonly StubbableEdge[], handleOf: HandleOf, outward: Point = { x: 0, y: -1 }, inward: Point = { x: 0, y: 1 }): Map<string, ClaimStub[]> {
  const stubs = new Map<string, ClaimStub[]>();
  const add = (claimId: string, stub: ClaimStub) => {
    const list = stubs.get(claimId);
    if (list) list.push(stub);
    else stubs.set(claimId, [stub]);
  };
  for (const edge of edges) {
    const s = span(edge, handleOf);
    if (!s) continue;
    const outBend = { x: outward.x * STUB_LEAD, y: outward.y * STUB_LEAD };
    const outEnd = { x: outBend.x + s.u.x * STUB_REACH, y: outBend.y + s.u.y * STUB_REACH };
    const inBend = { x: inward.x * STUB_LEAD, y: inward.y * STUB_LEAD };
    const inStart = { x: inBend.x - s.u.x * STUB_REACH, y: inBend.y - s.u.y * STUB_REACH };
    add(edge.from, { edgeId: edge.id, kind: edge.kind, end: "out", otherClaimId: edge.to, path: `M0,0 Q${at(outBend)} ${at(outEnd)}` });
    // Ending on the handle with the tangent straight into the card, so the arrowhead points into it.
    add(edge.to, { edgeId: edge.id, kind: edge.kind, end: "in", otherClaimId: edge.from, path: `M${at(inStart)} Q${at(inBend)} 0,0` });
  }
  return stubs;
}

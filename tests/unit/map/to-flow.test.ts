import { claimNode, placeJunctions, withMeasuredHandles, type MapFlowNode } from "@/components/map/to-flow";
import type { MapClaim, MapEdge } from "@/lib/graph/types";

const claim = (id: string, type: MapClaim["type"] = "premise"): MapClaim =>
  ({ id, text: `Claim ${id} says something worth arguing about.`, type, tags: [], version: 1, source: null, anchor: null, position: null, stances: { agree: 0, disagree: 0, unsure: 0, hidden: false, stale: 0, mine: null } }) as MapClaim;
const edge = (id: string, from: string, to: string): MapEdge => ({ id, from, to, premises: [from], kind: "support", note: "", version: 1, evidence: [], scheme: null, answers: null }) as MapEdge;

describe("React Flow nodes for the map", () => {
  it("gives a new card its estimated size and handles, so it can be drawn without being measured first", () => {
    const node = claimNode(claim("a", "thesis"), { x: 0, y: 0 });
    expect(node.width).toBe(290);
    expect(node.initialHeight).toBeGreaterThan(50);
    // The source handle on the top edge, the target on the bottom edge, both centred.
    const [source, target] = node.handles!;
    expect(source).toMatchObject({ type: "source", x: 140, y: -5 });
    expect(target).toMatchObject({ type: "target", x: 140, y: node.initialHeight! - 5 });
  });

  it("drops the estimated handles once React Flow has measured a card, and keeps unmeasured ones", () => {
    const measured = { ...claimNode(claim("a"), { x: 0, y: 0 }), measured: { width: 260, height: 120 } };
    const fresh = claimNode(claim("b"), { x: 0, y: 0 });
    const [afterMeasure, stillFresh] = withMeasuredHandles<MapFlowNode>([measured, fresh]);
    expect(afterMeasure!.handles).toBeUndefined();
    expect(afterMeasure!.measured).toEqual({ width: 260, height: 120 });
    expect(stillFresh).toBe(fresh);
  });

  it("moves only the junctions of edges touching the claims that moved, and keeps the other objects", () => {
    const claims = [claim("t"), claim("a"), claim("b"), claim("c")].map((c, i) => claimNode(c, { x: i * 300, y: i === 0 ? 0 : 200 }));
    const edges = [edge("ea", "a", "t"), edge("eb", "b", "t"), edge("ec", "c", "b")];
    const placed = placeJunctions(claims, edges, []);
    const junction = (nodes: MapFlowNode[], id: string) => nodes.find((n) => n.id === `junction:${id}`)!;
    const dragged = placed.map((n) => (n.id === "a" ? { ...n, position: { x: 50, y: 400 } } : n));
    const after = placeJunctions(dragged, edges, [], new Set(["a"]));
    expect(junction(after, "ea").position).not.toEqual(junction(placed, "ea").position);
    expect(junction(after, "eb")).toBe(junction(placed, "eb"));
    expect(junction(after, "ec")).toBe(junction(placed, "ec"));
    // Without the hint every junction is recomputed, with the same result.
    expect(placeJunctions(dragged, edges, []).map((n) => n.position)).toEqual(after.map((n) => n.position));
  });
});

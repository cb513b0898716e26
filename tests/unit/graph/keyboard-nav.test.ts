import { nextClaim, type Point } from "@/lib/graph/keyboard-nav";

//        t (0,0)
//   p1 (-200,200)   p2 (200,200)      far (900, 180)
//        q (0,400)
const centres = new Map<string, Point>([
  ["t", { x: 0, y: 0 }],
  ["p1", { x: -200, y: 200 }],
  ["p2", { x: 200, y: 200 }],
  ["q", { x: 0, y: 400 }],
  ["far", { x: 900, y: 180 }],
]);

describe("nextClaim", () => {
  it("moves to the connected claim in the pressed direction", () => {
    expect(nextClaim("p1", "up", centres, new Set(["t", "q"]))).toBe("t");
    expect(nextClaim("p1", "down", centres, new Set(["t", "q"]))).toBe("q");
    expect(nextClaim("t", "down", centres, new Set(["p1", "p2"]))).toBe("p1");
    expect(nextClaim("p1", "right", centres, new Set(["p2", "far"]))).toBe("p2");
  });

  it("prefers a connected claim even when an unconnected one is nearer", () => {
    expect(nextClaim("p2", "right", centres, new Set(["far"]))).toBe("far");
    expect(nextClaim("p1", "right", centres, new Set(["far"]))).toBe("far");
  });

  it("falls back to the nearest claim that way, and returns null at the edge of the map", () => {
    expect(nextClaim("p2", "left", centres, new Set())).toBe("p1");
    expect(nextClaim("t", "up", centres, new Set(["p1"]))).toBeNull();
    expect(nextClaim("missing", "up", centres, new Set())).toBeNull();
  });
});

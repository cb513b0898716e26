import { collapsedPart } from "@/lib/graph/collapse";
import type { MapEdge, MapUndercut } from "@/lib/graph/types";

const edge = (id: string, from: string, to: string, kind: "support" | "oppose" = "support"): MapEdge => ({ id, from, to, premises: [from], kind, note: "", version: 1, evidence: [] });

// a → T, b ⊣ T, c → a, d → b and d → X (d also bears on X, which stays visible), u undercuts (c → a)
const EDGES = [edge("aT", "a", "T"), edge("bT", "b", "T", "oppose"), edge("ca", "c", "a"), edge("db", "d", "b"), edge("dX", "d", "X")];
const UNDERCUTS: MapUndercut[] = [{ id: "u", from: "u", premises: ["u"], targetEdgeId: "ca", note: "", version: 1, evidence: [] }];

describe("collapsing a claim's reasons", () => {
  it("hides supporters and objectors with their own reasons and undercuts, and counts them", () => {
    const part = collapsedPart(["T"], EDGES, UNDERCUTS);
    expect([...part.hidden].sort()).toEqual(["a", "b", "c", "u"]);
    expect(part.hiddenBy.get("T")).toBe(4);
  });

  it("keeps a reason visible when it also bears on a visible claim", () => {
    expect(collapsedPart(["T"], EDGES, UNDERCUTS).hidden.has("d")).toBe(false);
    expect(collapsedPart(["b"], EDGES, UNDERCUTS).hiddenBy.get("b")).toBe(0);
  });

  it("a collapsed claim inside another fold stays and counts only its own part", () => {
    const part = collapsedPart(["T", "a"], EDGES, UNDERCUTS);
    expect(part.hiddenBy.get("a")).toBe(2); // c and u
    expect(part.hidden.has("a")).toBe(false);
    expect(part.hiddenBy.get("T")).toBe(1); // b
  });

  it("terminates on cycles and never hides the collapsed claim itself", () => {
    const cyclic = [edge("ab", "a", "b"), edge("ba", "b", "a", "oppose"), edge("bT", "b", "T")];
    const part = collapsedPart(["T"], cyclic, []);
    expect([...part.hidden].sort()).toEqual(["a", "b"]);
    expect(collapsedPart(["a"], cyclic, []).hidden.size).toBe(0); // b also bears on T
  });

  it("collapsing nothing hides nothing", () => {
    expect(collapsedPart([], EDGES, UNDERCUTS)).toEqual({ hidden: new Set(), hiddenBy: new Map() });
  });
});

import { pathToThesis } from "@/lib/graph/path-to-thesis";
import type { MapEdge } from "@/lib/graph/types";

const edge = (id: string, from: string, to: string, kind: "support" | "oppose" = "support", premises: string[] = [from]): MapEdge => ({ id, from, to, premises, kind, note: "", version: 1, evidence: [] });

// e → a → b → T, a → c ⊣ T, d → b (d does not lie on a's way), T → x (beyond the thesis)
const EDGES = [edge("ea", "e", "a"), edge("ab", "a", "b"), edge("bT", "b", "T"), edge("ac", "a", "c"), edge("cT", "c", "T", "oppose"), edge("db", "d", "b"), edge("Tx", "T", "x")];

describe("path to thesis", () => {
  it("highlights every chain from the claim to the thesis, and only those", () => {
    const path = pathToThesis("a", "T", EDGES);
    expect([...path.claims].sort()).toEqual(["T", "a", "b", "c"]);
    expect([...path.edges].sort()).toEqual(["ab", "ac", "bT", "cT"]);
    expect(path.steps).toBe(2);
  });

  it("follows edges from premise to conclusion only: a supporter of the thesis's reason is not on the way back", () => {
    expect(pathToThesis("T", "a", EDGES)).toEqual({ claims: new Set(), edges: new Set(), steps: null });
    expect(pathToThesis("x", "T", EDGES).steps).toBeNull();
  });

  it("a linked premise starts the step with its partner", () => {
    const path = pathToThesis("p", "T", [edge("pqT", "p", "T", "oppose", ["p", "q"])]);
    expect([...path.edges]).toEqual(["pqT"]);
    expect(path.steps).toBe(1);
  });

  it("terminates on cycles and keeps the edges that lie on a route", () => {
    const cyclic = [edge("ab", "a", "b"), edge("ba", "b", "a", "oppose"), edge("bT", "b", "T")];
    const path = pathToThesis("a", "T", cyclic);
    expect([...path.edges].sort()).toEqual(["ab", "bT", "ba"]);
    expect(path.steps).toBe(2);
  });

  it("the thesis itself is a path of no steps", () => {
    expect(pathToThesis("T", "T", EDGES)).toMatchObject({ steps: 0, claims: new Set(["T"]), edges: new Set() });
  });
});

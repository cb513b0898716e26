import { edgeSignature, edgeViolation, edgesRemovedWithClaim } from "@/lib/graph/edge-rules";

describe("edge rules", () => {
  it("refuses an edge from a claim to itself", () => {
    expect(edgeViolation("c1", "c1")).toMatch(/itself/);
    expect(edgeViolation("c1", "c2")).toBeNull();
  });

  it("gives the same signature to the same premises in any order, and different ones per kind", () => {
    expect(edgeSignature("support", ["b", "a"], "t")).toBe(edgeSignature("support", ["a", "b"], "t"));
    expect(edgeSignature("support", ["a"], "t")).not.toBe(edgeSignature("oppose", ["a"], "t"));
    expect(edgeSignature("support", ["a"], "t")).not.toBe(edgeSignature("support", ["t"], "a"));
  });

  it("lists the edges that go with a deleted claim, including undercuts aimed at them", () => {
    const edges = [
      { id: "e1", from: "a", to: "b" },
      { id: "e2", from: "c", to: "a" },
      { id: "e3", from: "c", to: "d" },
      { id: "u1", from: "x", to: "x", targetEdgeId: "e1" },
      { id: "u2", from: "y", to: "y", targetEdgeId: "u1" },
    ];
    expect(edgesRemovedWithClaim("a", edges).map((e) => e.id).sort()).toEqual(["e1", "e2", "u1", "u2"]);
  });
});

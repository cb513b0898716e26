import { edgeSignature, edgeViolation, edgesRemovedWithClaim, premiseAdditionViolation, premiseRemovalViolation } from "@/lib/graph/edge-rules";

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

  describe("linked premises", () => {
    // thesis <- reason <- ground (supports); doubt opposes reason.
    const chain = [
      { kind: "support", premises: ["reason"], to: "thesis" },
      { kind: "support", premises: ["ground", "bridge"], to: "reason" },
      { kind: "oppose", premises: ["doubt"], to: "reason" },
    ];

    it("lets a new claim join the premises of an argument", () => {
      expect(premiseAdditionViolation(["reason"], "thesis", "other", chain)).toBeNull();
    });

    it("refuses the conclusion itself and a claim that is already a premise", () => {
      expect(premiseAdditionViolation(["reason"], "thesis", "thesis", chain)).toMatch(/own conclusion/);
      expect(premiseAdditionViolation(["reason", "other"], "thesis", "other", chain)).toMatch(/already a premise/);
    });

    it("refuses a premise that the conclusion supports, directly or through a chain (circular)", () => {
      // reason supports thesis, so thesis cannot become a premise for reason.
      expect(premiseAdditionViolation(["ground", "bridge"], "reason", "thesis", chain)).toMatch(/circular/);
      // ground supports reason supports thesis: thesis cannot be a premise of an argument for ground.
      expect(premiseAdditionViolation(["x"], "ground", "thesis", chain)).toMatch(/circular/);
    });

    it("does not count an opposition as a chain of support", () => {
      // doubt opposes reason; making reason a premise for doubt is a rebuttal pair, not a circle.
      expect(premiseAdditionViolation(["y"], "doubt", "reason", chain)).toBeNull();
    });

    it("removes a premise only from a group of several, and only one that is there", () => {
      expect(premiseRemovalViolation(["a", "b"], "b")).toBeNull();
      expect(premiseRemovalViolation(["a"], "a")).toMatch(/at least one premise/);
      expect(premiseRemovalViolation(["a", "b"], "c")).toMatch(/not a premise/);
    });
  });
});

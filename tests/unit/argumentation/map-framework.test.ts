import {
  gradualStrengths,
  groundedLabelling,
  isAccepted,
  mapToBipolarGraph,
  mapToDungFramework,
  preferredExtensions,
  labellingOfExtension,
  type MapGraph,
} from "../../../lib/argumentation";

function grounded(map: MapGraph) {
  const view = mapToDungFramework(map);
  return view.project(groundedLabelling(view.framework));
}

const claims = (...ids: string[]) => ids.map((id) => ({ id }));

describe("the Dung view of a map", () => {
  it("an unopposed objection defeats its conclusion, and the projection says which", () => {
    const result = grounded({ claims: claims("thesis", "objection"), inferences: [{ id: "o1", kind: "oppose", premises: ["objection"], conclusion: "thesis" }] });
    expect(Object.fromEntries(result.claims)).toEqual({ thesis: "out", objection: "in" });
    expect(result.inferences.get("o1")).toBe("in");
    expect(result.defeatedBy.get("thesis")).toEqual([{ inferenceId: "o1", premises: ["objection"] }]);
    expect(result.defeatedBy.has("objection")).toBe(false);
  });

  it("claims and inferences are arguments; guards are auxiliary and hidden from the projection", () => {
    const view = mapToDungFramework({ claims: claims("t", "p", "q"), inferences: [{ id: "o", kind: "oppose", premises: ["p", "q"], conclusion: "t" }] });
    expect(view.framework.names).toEqual(["t", "p", "q", "inf:o", "neg:o:p", "neg:o:q"]);
    const projected = view.project(groundedLabelling(view.framework));
    expect([...projected.claims.keys()]).toEqual(["t", "p", "q"]);
  });

  it("linked premises stand only together: defeating one premise saves the conclusion", () => {
    const map: MapGraph = {
      claims: claims("t", "p1", "p2", "q"),
      inferences: [
        { id: "linked", kind: "oppose", premises: ["p1", "p2"], conclusion: "t" },
        { id: "against-p2", kind: "oppose", premises: ["q"], conclusion: "p2" },
      ],
    };
    const result = grounded(map);
    expect(Object.fromEntries(result.claims)).toEqual({ t: "in", p1: "in", p2: "out", q: "in" });
    expect(result.inferences.get("linked")).toBe("out");
    expect(result.defeatedBy.get("p2")).toEqual([{ inferenceId: "against-p2", premises: ["q"] }]);
  });

  it("an undercut defeats the objection itself, not its premise", () => {
    const map: MapGraph = {
      claims: claims("t", "o", "u"),
      inferences: [
        { id: "objection", kind: "oppose", premises: ["o"], conclusion: "t" },
        { id: "cut", kind: "undercut", premises: ["u"], target: "objection" },
      ],
    };
    const result = grounded(map);
    expect(Object.fromEntries(result.claims)).toEqual({ t: "in", o: "in", u: "in" });
    expect(Object.fromEntries(result.inferences)).toEqual({ objection: "out", cut: "in" });
  });

  it("an undercut of an undercut reinstates the objection", () => {
    const map: MapGraph = {
      claims: claims("t", "o", "u", "v"),
      inferences: [
        { id: "objection", kind: "oppose", premises: ["o"], conclusion: "t" },
        { id: "cut", kind: "undercut", premises: ["u"], target: "objection" },
        { id: "cut-the-cut", kind: "undercut", premises: ["v"], target: "cut" },
      ],
    };
    expect(grounded(map).claims.get("t")).toBe("out");
  });

  it("supports create no attacks, but an undercut support shows as out", () => {
    const map: MapGraph = {
      claims: claims("t", "s", "u"),
      inferences: [
        { id: "support", kind: "support", premises: ["s"], conclusion: "t" },
        { id: "cut", kind: "undercut", premises: ["u"], target: "support" },
      ],
    };
    const result = grounded(map);
    expect(Object.fromEntries(result.claims)).toEqual({ t: "in", s: "in", u: "in" });
    expect(result.inferences.get("support")).toBe("out");
  });

  it("mutual objections leave both undecided in the grounded view and give two preferred positions", () => {
    const map: MapGraph = {
      claims: claims("a", "b"),
      inferences: [
        { id: "ab", kind: "oppose", premises: ["a"], conclusion: "b" },
        { id: "ba", kind: "oppose", premises: ["b"], conclusion: "a" },
      ],
    };
    const view = mapToDungFramework(map);
    expect(Object.fromEntries(view.project(groundedLabelling(view.framework)).claims)).toEqual({ a: "undec", b: "undec" });
    const positions = preferredExtensions(view.framework).map((e) => Object.fromEntries(view.project(labellingOfExtension(view.framework, e)).claims));
    expect(positions).toEqual([{ a: "in", b: "out" }, { a: "out", b: "in" }]);
    const a = view.claimArgument.get("a")!;
    expect([isAccepted(view.framework, a, "preferred", "cred"), isAccepted(view.framework, a, "preferred", "skept")]).toEqual([true, false]);
  });

  it("leaves out inferences with dangling references, and undercuts of those, with reasons", () => {
    const view = mapToDungFramework({
      claims: claims("t", "p"),
      inferences: [
        { id: "bad-premise", kind: "oppose", premises: ["ghost"], conclusion: "t" },
        { id: "bad-conclusion", kind: "support", premises: ["p"], conclusion: "ghost" },
        { id: "no-premises", kind: "oppose", premises: [], conclusion: "t" },
        { id: "cut-bad", kind: "undercut", premises: ["p"], target: "bad-premise" },
        { id: "cut-nothing", kind: "undercut", premises: ["p"], target: "ghost" },
      ],
    });
    expect(view.skipped.map((s) => s.inferenceId)).toEqual(["bad-premise", "bad-conclusion", "no-premises", "cut-bad", "cut-nothing"]);
    expect(view.skipped[0]!.reason).toMatch(/ghost/);
    expect(view.framework.names).toEqual(["t", "p"]);
  });
});

describe("the gradual view of a map", () => {
  it("a single-premise support or oppose is a plain edge from the premise", () => {
    const view = mapToBipolarGraph({
      claims: [{ id: "t" }, { id: "s", base: 0.6 }, { id: "o", base: 0.8 }],
      inferences: [
        { id: "sup", kind: "support", premises: ["s"], conclusion: "t" },
        { id: "opp", kind: "oppose", premises: ["o"], conclusion: "t" },
      ],
    });
    expect(view.graph.names).toEqual(["t", "s", "o"]);
    const result = view.project(gradualStrengths(view.graph, "dfquad").strengths);
    expect(result.claims.get("t")).toBeCloseTo(0.5 - 0.5 * (0.8 - 0.6), 9);
    expect(Object.fromEntries(result.inferences)).toEqual({ sup: 0.6, opp: 0.8 });
  });

  it("linked premises act through a conjunction node: the product of the premises' strengths", () => {
    const view = mapToBipolarGraph({
      claims: [{ id: "t" }, { id: "p1", base: 0.5 }, { id: "p2", base: 0.8 }],
      inferences: [{ id: "linked", kind: "oppose", premises: ["p1", "p2"], conclusion: "t" }],
    });
    const result = view.project(gradualStrengths(view.graph, "dfquad").strengths);
    expect(result.inferences.get("linked")).toBeCloseTo(0.4, 9);
    expect(result.claims.get("t")).toBeCloseTo(0.5 * (1 - 0.4), 9);
    expect([...result.claims.keys()]).toEqual(["t", "p1", "p2"]);
  });

  it("an objection to one linked premise weakens the whole inference, under every semantics, and leaves the other premise alone", () => {
    const linked = { id: "linked", kind: "support" as const, premises: ["p1", "p2"], conclusion: "t" };
    const without = mapToBipolarGraph({ claims: [{ id: "t" }, { id: "p1", base: 0.8 }, { id: "p2", base: 0.8 }, { id: "q", base: 0.9 }], inferences: [linked] });
    const withObjection = mapToBipolarGraph({
      claims: [{ id: "t" }, { id: "p1", base: 0.8 }, { id: "p2", base: 0.8 }, { id: "q", base: 0.9 }],
      inferences: [linked, { id: "against-p2", kind: "oppose", premises: ["q"], conclusion: "p2" }],
    });
    for (const semantics of ["dfquad", "qe", "euler"] as const) {
      const before = without.project(gradualStrengths(without.graph, semantics).strengths);
      const after = withObjection.project(gradualStrengths(withObjection.graph, semantics).strengths);
      expect(after.claims.get("p2")!).toBeLessThan(before.claims.get("p2")!);
      expect(after.inferences.get("linked")).toBeCloseTo(after.claims.get("p1")! * after.claims.get("p2")!, 9);
      expect(after.inferences.get("linked")!).toBeLessThan(before.inferences.get("linked")!);
      expect(after.claims.get("t")!).toBeLessThan(before.claims.get("t")!);
      expect(after.claims.get("p1")).toBeCloseTo(before.claims.get("p1")!, 9);
    }
  });

  it("an undercut weakens the inference it targets by (1 - its strength), under every semantics", () => {
    const map: MapGraph = {
      claims: [{ id: "t" }, { id: "s", base: 0.8 }, { id: "u", base: 0.25 }],
      inferences: [
        { id: "sup", kind: "support", premises: ["s"], conclusion: "t" },
        { id: "cut", kind: "undercut", premises: ["u"], target: "sup" },
      ],
    };
    const view = mapToBipolarGraph(map);
    for (const semantics of ["dfquad", "qe", "euler"] as const) {
      const result = view.project(gradualStrengths(view.graph, semantics).strengths);
      expect(result.inferences.get("sup")).toBeCloseTo(0.8 * 0.75, 9);
      expect(result.inferences.get("cut")).toBeCloseTo(0.25, 9);
    }
  });

  it("uses each claim's base score, 0.5 by default", () => {
    const view = mapToBipolarGraph({ claims: [{ id: "a", base: 0.9 }, { id: "b" }], inferences: [] });
    expect(Array.from(view.graph.base)).toEqual([0.9, 0.5]);
  });
});

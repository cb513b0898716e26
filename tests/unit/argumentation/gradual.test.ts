import fc from "fast-check";
import { buildBipolarGraph, gradualStrengths, updatedStrength, type BipolarGraphInput, type GradualSemantics } from "../../../lib/argumentation";

const SEMANTICS: GradualSemantics[] = ["dfquad", "qe", "euler"];

function strengths(input: BipolarGraphInput, semantics: GradualSemantics): Record<string, number> {
  const graph = buildBipolarGraph(input);
  const result = gradualStrengths(graph, semantics);
  expect(result.converged).toBe(true);
  return Object.fromEntries(graph.names.map((name, x) => [name, result.strengths[x]!]));
}

describe("DF-QuAD, hand-computed", () => {
  it("one attacker: 0.5 - 0.5 * 0.8 = 0.1", () => {
    expect(strengths({ arguments: [{ id: "a", base: 0.8 }, { id: "b" }], attacks: [["a", "b"]] }, "dfquad").b).toBeCloseTo(0.1, 9);
  });
  it("two attackers of 0.5 aggregate to 1 - 0.5 * 0.5 = 0.75, leaving 0.5 * 0.25", () => {
    const s = strengths({ arguments: [{ id: "a" }, { id: "b" }, { id: "c" }], attacks: [["a", "c"], ["b", "c"]] }, "dfquad");
    expect(s.c).toBeCloseTo(0.125, 9);
  });
  it("attack 0.8 against support 0.6: 0.5 - 0.5 * (0.8 - 0.6) = 0.4; support alone: 0.5 + 0.5 * 0.6 = 0.8", () => {
    const input = { arguments: [{ id: "a", base: 0.8 }, { id: "s", base: 0.6 }, { id: "b" }, { id: "c" }] };
    const both = strengths({ ...input, attacks: [["a", "b"]], supports: [["s", "b"], ["s", "c"]] }, "dfquad");
    expect(both.b).toBeCloseTo(0.4, 9);
    expect(both.c).toBeCloseTo(0.8, 9);
  });
  it("a chain propagates: a (1) attacks b (0.5 -> 0), so c attacked by b keeps its base", () => {
    const s = strengths({ arguments: [{ id: "a", base: 1 }, { id: "b" }, { id: "c", base: 0.7 }], attacks: [["a", "b"], ["b", "c"]] }, "dfquad");
    expect([s.a, s.b, s.c]).toEqual([1, 0, 0.7]);
  });
  it("a mutual attack of two 0.5 arguments settles at the fixed point s = 0.5 (1 - s) = 1/3", () => {
    const graph = buildBipolarGraph({ arguments: [{ id: "a" }, { id: "b" }], attacks: [["a", "b"], ["b", "a"]] });
    const result = gradualStrengths(graph, "dfquad");
    expect(result).toMatchObject({ converged: true, method: "jacobi" });
    expect(result.strengths[0]).toBeCloseTo(1 / 3, 8);
  });
});

describe("quadratic energy, hand-computed", () => {
  it("attacked by a base-1 argument: energy -1, 0.5 - 0.5 * h(1) = 0.25", () => {
    expect(strengths({ arguments: [{ id: "x", base: 1 }, { id: "a" }], attacks: [["x", "a"]] }, "qe").a).toBeCloseTo(0.25, 9);
  });
  it("supported by two base-1 arguments: energy 2, 0.5 + 0.5 * 4/5 = 0.9", () => {
    const s = strengths({ arguments: [{ id: "x", base: 1 }, { id: "y", base: 1 }, { id: "a" }], supports: [["x", "a"], ["y", "a"]] }, "qe");
    expect(s.a).toBeCloseTo(0.9, 9);
  });
  it("support and attack of equal strength cancel", () => {
    const s = strengths({ arguments: [{ id: "x", base: 0.6 }, { id: "y", base: 0.6 }, { id: "a", base: 0.3 }], supports: [["x", "a"]], attacks: [["y", "a"]] }, "qe");
    expect(s.a).toBeCloseTo(0.3, 9);
  });
});

describe("Euler-based, hand-computed", () => {
  it("attacked by a base-1 argument: 1 - 0.75 / (1 + 0.5 e^-1) = 0.366522", () => {
    expect(strengths({ arguments: [{ id: "x", base: 1 }, { id: "a" }], attacks: [["x", "a"]] }, "euler").a).toBeCloseTo(0.366522, 6);
  });
  it("supported by a base-1 argument: 1 - 0.75 / (1 + 0.5 e) = 0.682088", () => {
    expect(strengths({ arguments: [{ id: "x", base: 1 }, { id: "a" }], supports: [["x", "a"]] }, "euler").a).toBeCloseTo(0.682088, 6);
  });
  it("never moves base scores 0 and 1 (a known property of the semantics)", () => {
    const s = strengths({ arguments: [{ id: "x", base: 1 }, { id: "one", base: 1 }, { id: "zero", base: 0 }], attacks: [["x", "one"]], supports: [["x", "zero"]] }, "euler");
    expect([s.one, s.zero]).toEqual([1, 0]);
  });
});

describe("conjunction nodes", () => {
  it("are the product of supporters times (1 - attacker) under every semantics", () => {
    for (const semantics of SEMANTICS) {
      const s = strengths(
        {
          arguments: [{ id: "p", base: 0.5 }, { id: "q", base: 0.8 }, { id: "u", base: 0.25 }, { id: "and", conjunction: true }],
          supports: [["p", "and"], ["q", "and"]],
          attacks: [["u", "and"]],
        },
        semantics,
      );
      expect(s.and).toBeCloseTo(0.5 * 0.8 * 0.75, 9);
    }
  });
});

describe("cycles and convergence reports", () => {
  it("falls back to the continuous model where the discrete update oscillates", () => {
    // DF-QuAD on two base-1 arguments attacking each other: Jacobi flips between (1,1) and (0,0).
    const graph = buildBipolarGraph({ arguments: [{ id: "a", base: 1 }, { id: "b", base: 1 }], attacks: [["a", "b"], ["b", "a"]] });
    const result = gradualStrengths(graph, "dfquad");
    expect(result).toMatchObject({ converged: true, method: "continuous" });
    expect(result.strengths[0]! + result.strengths[1]!).toBeCloseTo(1, 8);
  });

  it("reports non-convergence with the iterations spent and the last largest change", () => {
    const graph = buildBipolarGraph({ arguments: [{ id: "a", base: 1 }, { id: "b", base: 1 }], attacks: [["a", "b"], ["b", "a"]] });
    const result = gradualStrengths(graph, "dfquad", { maxIterations: 1 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3); // one sweep for each of the three step sizes
    expect(result.maxDelta).toBeGreaterThan(1e-3);
  });

  it("computes the acyclic part upstream of a cycle exactly, in one pass", () => {
    const graph = buildBipolarGraph({
      arguments: [{ id: "root", base: 0.9 }, { id: "a" }, { id: "b" }],
      attacks: [["root", "a"], ["a", "b"], ["b", "a"]],
    });
    const result = gradualStrengths(graph, "qe");
    expect(result.converged).toBe(true);
    expect(result.strengths[0]).toBe(0.9);
  });

  it("rejects base scores outside [0, 1] and edges to unknown arguments", () => {
    expect(() => buildBipolarGraph({ arguments: [{ id: "a", base: 1.5 }] })).toThrow(RangeError);
    expect(() => buildBipolarGraph({ arguments: [{ id: "a" }], attacks: [["a", "b"]] })).toThrow(RangeError);
  });
});

/** Random bipolar graphs; `acyclic` keeps only edges from a lower to a higher index. */
function arbitraryGraph(acyclic: boolean): fc.Arbitrary<BipolarGraphInput> {
  return fc.integer({ min: 1, max: 9 }).chain((n) => {
    const edge = fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).map(([f, t]): [string, string] => {
      const [from, to] = acyclic ? [Math.min(f, t), Math.max(f, t) + (f === t ? 1 : 0)] : [f, t];
      return [`a${from}`, `a${to}`];
    });
    // With acyclic, an edge f -> f becomes f -> f + 1, which does not exist for the last index.
    const edges = fc.array(edge, { maxLength: 12 }).map((list) => list.filter(([, to]) => to !== `a${n}`));
    return fc.record({
      arguments: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((bases) => bases.map((base, i) => ({ id: `a${i}`, base }))),
      attacks: edges,
      supports: edges,
    });
  });
}

describe("properties", () => {
  it("acyclic graphs are solved exactly in one topological pass, with values in [0, 1]", () => {
    fc.assert(
      fc.property(arbitraryGraph(true), fc.constantFrom(...SEMANTICS), (input, semantics) => {
        const graph = buildBipolarGraph(input);
        const result = gradualStrengths(graph, semantics);
        expect(result).toMatchObject({ converged: true, method: "topological", iterations: 0 });
        for (let x = 0; x < graph.names.length; x++) {
          expect(result.strengths[x]).toBeGreaterThanOrEqual(0);
          expect(result.strengths[x]).toBeLessThanOrEqual(1);
          expect(Math.abs(updatedStrength(graph, semantics, x, result.strengths) - result.strengths[x]!)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("an argument with no attackers and no supporters keeps its base score", () => {
    fc.assert(
      fc.property(arbitraryGraph(false), fc.constantFrom(...SEMANTICS), (input, semantics) => {
        const graph = buildBipolarGraph(input);
        const result = gradualStrengths(graph, semantics);
        for (let x = 0; x < graph.names.length; x++) {
          if (graph.attackersOf[x]!.length === 0 && graph.supportersOf[x]!.length === 0) expect(result.strengths[x]).toBe(graph.base[x]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("cyclic graphs that converge end at a fixed point within 1e-9, with values in [0, 1]", () => {
    fc.assert(
      fc.property(arbitraryGraph(false), fc.constantFrom(...SEMANTICS), (input, semantics) => {
        const graph = buildBipolarGraph(input);
        const result = gradualStrengths(graph, semantics);
        if (!result.converged) return; // reported, not hidden: checked in the tests above
        for (let x = 0; x < graph.names.length; x++) {
          expect(result.strengths[x]).toBeGreaterThanOrEqual(0);
          expect(result.strengths[x]).toBeLessThanOrEqual(1);
          expect(Math.abs(updatedStrength(graph, semantics, x, result.strengths) - result.strengths[x]!)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("adding an attacker never raises the strength of its target (acyclic graphs)", () => {
    fc.assert(
      fc.property(arbitraryGraph(true), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), fc.constantFrom(...SEMANTICS), (input, base, pick, semantics) => {
        const target = input.arguments[pick % input.arguments.length]!.id;
        const before = strengths(input, semantics)[target]!;
        const after = strengths({ ...input, arguments: [...input.arguments, { id: "new", base }], attacks: [...(input.attacks ?? []), ["new", target]] }, semantics)[target]!;
        expect(after).toBeLessThanOrEqual(before + 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});

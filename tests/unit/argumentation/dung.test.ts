import fc from "fast-check";
import {
  completeExtensions,
  frameworkFromNames,
  groundedExtension,
  groundedLabelling,
  IN,
  isAccepted,
  labellingOfExtension,
  OUT,
  preferredExtensions,
  stableExtensions,
  UNDEC,
  type DungSemantics,
  type Framework,
} from "../../../lib/argumentation";
import { arbitraryFramework, bruteForce, isAdmissible, isComplete, isConflictFree, isStable, isSubset, sortSets } from "./definitions";

/** Extensions by name, to read the textbook cases as they are printed in the literature. */
function named(af: Framework, sets: number[][]): string[][] {
  return sets.map((s) => s.map((x) => af.names[x]!));
}

function all(af: Framework) {
  return {
    grounded: groundedExtension(af).map((x) => af.names[x]),
    complete: named(af, completeExtensions(af)),
    preferred: named(af, preferredExtensions(af)),
    stable: named(af, stableExtensions(af)),
  };
}

describe("Dung semantics on textbook frameworks", () => {
  it("the empty framework has exactly the empty extension under every semantics", () => {
    expect(all(frameworkFromNames([], []))).toEqual({ grounded: [], complete: [[]], preferred: [[]], stable: [[]] });
  });

  it("isolated arguments are in every extension", () => {
    expect(all(frameworkFromNames(["a", "b"], []))).toEqual({ grounded: ["a", "b"], complete: [["a", "b"]], preferred: [["a", "b"]], stable: [["a", "b"]] });
  });

  it("a self-attacking argument is never in and leaves no stable extension", () => {
    expect(all(frameworkFromNames(["a"], [["a", "a"]]))).toEqual({ grounded: [], complete: [[]], preferred: [[]], stable: [] });
    // It still attacks: b, attacked only by a, is not defended, and c, attacked by b, neither.
    const af = frameworkFromNames(["a", "b", "c"], [["a", "a"], ["a", "b"], ["b", "c"]]);
    expect(all(af)).toEqual({ grounded: [], complete: [[]], preferred: [[]], stable: [] });
  });

  it("a self-attacker defeated from outside lets its targets in", () => {
    const af = frameworkFromNames(["a", "b", "c"], [["b", "b"], ["a", "b"], ["b", "c"]]);
    expect(all(af)).toEqual({ grounded: ["a", "c"], complete: [["a", "c"]], preferred: [["a", "c"]], stable: [["a", "c"]] });
  });

  it("an even cycle a <-> b has two preferred and stable extensions and an empty grounded one", () => {
    expect(all(frameworkFromNames(["a", "b"], [["a", "b"], ["b", "a"]]))).toEqual({
      grounded: [],
      complete: [[], ["a"], ["b"]],
      preferred: [["a"], ["b"]],
      stable: [["a"], ["b"]],
    });
  });

  it("an odd cycle a -> b -> c -> a has only the empty preferred extension and no stable one", () => {
    expect(all(frameworkFromNames(["a", "b", "c"], [["a", "b"], ["b", "c"], ["c", "a"]]))).toEqual({
      grounded: [],
      complete: [[]],
      preferred: [[]],
      stable: [],
    });
  });

  it("reinstatement: c is defended by a against b", () => {
    const af = frameworkFromNames(["a", "b", "c"], [["a", "b"], ["b", "c"]]);
    expect(all(af).grounded).toEqual(["a", "c"]);
    expect([...groundedLabelling(af)]).toEqual([IN, OUT, IN]);
  });

  it("floating reinstatement: d is in every preferred extension but not in the grounded one", () => {
    const af = frameworkFromNames(["a", "b", "c", "d"], [["a", "b"], ["b", "a"], ["a", "c"], ["b", "c"], ["c", "d"]]);
    expect(all(af)).toMatchObject({ grounded: [], preferred: [["a", "d"], ["b", "d"]] });
    const d = af.indexOf.get("d")!;
    expect(isAccepted(af, d, "preferred", "skept")).toBe(true);
    expect(isAccepted(af, d, "grounded", "skept")).toBe(false);
    expect(isAccepted(af, d, "complete", "skept")).toBe(false);
  });

  it("an odd cycle next to an even one: stable needs the even cycle to attack the odd one", () => {
    const af = frameworkFromNames(["a", "b", "c", "d", "e"], [["a", "b"], ["b", "a"], ["c", "d"], ["d", "e"], ["e", "c"], ["a", "c"]]);
    expect(all(af)).toMatchObject({ preferred: [["a", "d"], ["b"]], stable: [["a", "d"]] });
  });

  it("sceptical acceptance under stable semantics with no stable extension is YES by convention", () => {
    const af = frameworkFromNames(["a", "b", "c"], [["a", "b"], ["b", "c"], ["c", "a"]]);
    expect(isAccepted(af, 0, "stable", "skept")).toBe(true);
    expect(isAccepted(af, 0, "stable", "cred")).toBe(false);
  });

  it("the labelling of an extension marks what it attacks out and the rest undecided", () => {
    const af = frameworkFromNames(["a", "b", "c", "d"], [["a", "b"], ["c", "d"], ["d", "c"]]);
    expect([...labellingOfExtension(af, [0])]).toEqual([IN, OUT, UNDEC, UNDEC]);
  });
});

const SEMANTICS: DungSemantics[] = ["grounded", "complete", "preferred", "stable"];

describe("Dung semantics against a brute-force enumerator", () => {
  it("agrees on every semantics and every acceptance question for random frameworks", () => {
    fc.assert(
      fc.property(arbitraryFramework(7), (af) => {
        const expected = bruteForce(af);
        expect(groundedExtension(af)).toEqual(expected.grounded);
        expect(completeExtensions(af)).toEqual(expected.complete);
        expect(preferredExtensions(af)).toEqual(expected.preferred);
        expect(stableExtensions(af)).toEqual(expected.stable);
        const byName: Record<DungSemantics, number[][]> = {
          grounded: [expected.grounded],
          complete: expected.complete,
          preferred: expected.preferred,
          stable: expected.stable,
        };
        for (let x = 0; x < af.names.length; x++) {
          for (const semantics of SEMANTICS) {
            const extensions = byName[semantics];
            expect([semantics, x, "cred", isAccepted(af, x, semantics, "cred")]).toEqual([semantics, x, "cred", extensions.some((e) => e.includes(x))]);
            expect([semantics, x, "skept", isAccepted(af, x, semantics, "skept")]).toEqual([semantics, x, "skept", extensions.every((e) => e.includes(x))]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("agrees on preferred and stable extensions of sparse frameworks with up to 12 arguments", () => {
    fc.assert(
      fc.property(arbitraryFramework(12, 1.5), (af) => {
        const expected = bruteForce(af);
        expect(preferredExtensions(af)).toEqual(expected.preferred);
        expect(stableExtensions(af)).toEqual(expected.stable);
      }),
      { numRuns: 150 },
    );
  });
});

describe("properties of the extensions on larger random frameworks", () => {
  const larger = arbitraryFramework(30, 2);

  it("preferred extensions are admissible, pairwise incomparable, and contain every complete extension between them", () => {
    fc.assert(
      fc.property(larger, (af) => {
        const preferred = preferredExtensions(af);
        expect(preferred.length).toBeGreaterThan(0);
        for (const e of preferred) expect(isAdmissible(af, e)).toBe(true);
        for (const e of preferred) for (const f of preferred) if (e !== f) expect(isSubset(e, f)).toBe(false);
        // Maximality: every admissible set lies below a complete one, and every complete one below a preferred one.
        for (const c of completeExtensions(af)) expect(preferred.some((p) => isSubset(c, p))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("no argument outside a preferred extension can be added while staying admissible", () => {
    fc.assert(
      fc.property(larger, (af) => {
        for (const e of preferredExtensions(af)) {
          for (let x = 0; x < af.names.length; x++) {
            if (!e.includes(x)) expect(isAdmissible(af, sortSets([[...e, x]])[0]!)).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("the grounded extension is complete, inside every complete extension, and their intersection", () => {
    fc.assert(
      fc.property(larger, (af) => {
        const grounded = groundedExtension(af);
        expect(isComplete(af, grounded)).toBe(true);
        const complete = completeExtensions(af);
        for (const c of complete) expect(isSubset(grounded, c)).toBe(true);
        const intersection = complete.reduce((acc, c) => acc.filter((x) => c.includes(x)));
        expect(intersection).toEqual(grounded);
      }),
      { numRuns: 60 },
    );
  });

  it("stable extensions are preferred, conflict-free, and attack everything outside them", () => {
    fc.assert(
      fc.property(larger, (af) => {
        const preferred = preferredExtensions(af).map((e) => e.join(","));
        for (const s of stableExtensions(af)) {
          expect(isConflictFree(af, s)).toBe(true);
          expect(isStable(af, s)).toBe(true);
          expect(preferred).toContain(s.join(","));
        }
      }),
      { numRuns: 60 },
    );
  });
});

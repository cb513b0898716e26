import { evaluateMapGraph, listInWords, MAX_PREFERRED_EXTENSIONS, type ClaimVerdict, type StatusVerdict, type StrengthVerdict } from "@/lib/argumentation/map-evaluation";
import type { MapGraph } from "@/lib/argumentation/map-framework";

const claims = (...ids: string[]) => ids.map((id) => ({ id }));
const describe_ = (id: string) => `“${id}”`;
const status = (v: ClaimVerdict | undefined) => (v as StatusVerdict).status;
const strength = (v: ClaimVerdict | undefined) => (v as StrengthVerdict).strength;

// thesis ⊣ objection ⊣ rebuttal: the rebuttal reinstates the thesis.
const REINSTATEMENT: MapGraph = {
  claims: claims("thesis", "objection", "rebuttal"),
  inferences: [
    { id: "o1", kind: "oppose", premises: ["objection"], conclusion: "thesis" },
    { id: "o2", kind: "oppose", premises: ["rebuttal"], conclusion: "objection" },
  ],
};

// a and b object to each other, and each objects to the thesis: two preferred extensions.
const EVEN_CYCLE: MapGraph = {
  claims: claims("thesis", "a", "b", "c"),
  inferences: [
    { id: "ab", kind: "oppose", premises: ["a"], conclusion: "b" },
    { id: "ba", kind: "oppose", premises: ["b"], conclusion: "a" },
    { id: "at", kind: "oppose", premises: ["a"], conclusion: "thesis" },
    { id: "ac", kind: "oppose", premises: ["a"], conclusion: "c" },
    { id: "bc", kind: "oppose", premises: ["b"], conclusion: "c" },
  ],
};

describe("evaluating a map under the grounded semantics", () => {
  it("names the standing objection that defeats a claim, and says why a reinstated claim is in", () => {
    const result = evaluateMapGraph(REINSTATEMENT, "grounded", describe_);
    expect(status(result.claims.get("thesis"))).toBe("in");
    expect(status(result.claims.get("objection"))).toBe("out");
    expect((result.claims.get("objection") as StatusVerdict).defeatedBy).toEqual([{ inferenceId: "o2", premises: ["rebuttal"] }]);
    expect(result.claims.get("objection")!.explanation).toBe("out: defeated by “rebuttal”, an objection that stands.");
    expect(result.claims.get("thesis")!.explanation).toBe("in: every objection to it is defeated: “objection” is out, defeated by “rebuttal”.");
    expect(result.claims.get("rebuttal")!.explanation).toBe("in: nothing objects to it.");
  });

  it("explains an objection that fails because it is undercut", () => {
    const map: MapGraph = {
      claims: claims("thesis", "objection", "doubt"),
      inferences: [
        { id: "o", kind: "oppose", premises: ["objection"], conclusion: "thesis" },
        { id: "u", kind: "undercut", premises: ["doubt"], target: "o" },
      ],
    };
    const result = evaluateMapGraph(map, "grounded", describe_);
    expect(status(result.claims.get("thesis"))).toBe("in");
    expect(status(result.claims.get("objection"))).toBe("in");
    expect(result.claims.get("thesis")!.explanation).toBe("in: every objection to it is defeated: “objection” is undercut by “doubt”.");
  });

  it("leaves a cycle of objections undecided and names the open objections", () => {
    const result = evaluateMapGraph(EVEN_CYCLE, "grounded", describe_);
    expect(["thesis", "a", "b", "c"].map((id) => status(result.claims.get(id)))).toEqual(["undec", "undec", "undec", "undec"]);
    expect(result.claims.get("thesis")!.explanation).toMatch(/^undecided: “a” is neither established nor defeated/);
  });

  it("linked premises defeat together and are named together", () => {
    const map: MapGraph = { claims: claims("t", "p", "q"), inferences: [{ id: "o", kind: "oppose", premises: ["p", "q"], conclusion: "t" }] };
    const result = evaluateMapGraph(map, "grounded", describe_);
    expect(result.claims.get("t")!.explanation).toBe("out: defeated by “p” and “q” (together), an objection that stands.");
  });

  it("supports do not rescue a claim in the Dung view", () => {
    const map: MapGraph = {
      claims: claims("t", "o", "s"),
      inferences: [
        { id: "against", kind: "oppose", premises: ["o"], conclusion: "t" },
        { id: "for", kind: "support", premises: ["s"], conclusion: "t" },
      ],
    };
    expect(status(evaluateMapGraph(map, "grounded", describe_).claims.get("t"))).toBe("out");
  });
});

describe("evaluating a map under the preferred semantics", () => {
  it("credulous accepts what one extension accepts, sceptical only what all accept", () => {
    const cred = evaluateMapGraph(EVEN_CYCLE, "preferred-cred", describe_);
    const skept = evaluateMapGraph(EVEN_CYCLE, "preferred-skept", describe_);
    expect(status(cred.claims.get("a"))).toBe("in");
    expect(status(skept.claims.get("a"))).toBe("undec");
    expect(skept.claims.get("a")!.explanation).toBe("undecided: in 1 of 2 preferred extensions, so credulously but not sceptically accepted; elsewhere it is defeated by “b”.");
    // thesis is in the extension {b, thesis} and out in {a}.
    expect(status(cred.claims.get("thesis"))).toBe("in");
    expect(status(skept.claims.get("thesis"))).toBe("undec");
  });

  it("a claim out in every preferred extension is out, with every defeater named in the map's order", () => {
    const result = evaluateMapGraph(EVEN_CYCLE, "preferred-skept", describe_);
    const c = result.claims.get("c") as StatusVerdict;
    expect(c.status).toBe("out");
    expect(c.defeatedBy.map((d) => d.inferenceId).sort()).toEqual(["ac", "bc"]);
    expect(c.explanation).toBe("out in every preferred extension (2): defeated by “a” and “b”.");
  });

  it("agrees with grounded on a map with one extension", () => {
    const grounded = evaluateMapGraph(REINSTATEMENT, "grounded", describe_);
    const preferred = evaluateMapGraph(REINSTATEMENT, "preferred-skept", describe_);
    for (const id of ["thesis", "objection", "rebuttal"]) expect(status(preferred.claims.get(id))).toBe(status(grounded.claims.get(id)));
    expect(preferred.claims.get("thesis")!.explanation).toMatch(/^in every preferred extension \(1\); every objection to it is defeated/);
  });

  it("shows no statuses, and says so, when the extensions are too many to list", () => {
    // k independent mutual objections give 2^k preferred extensions.
    const k = Math.ceil(Math.log2(MAX_PREFERRED_EXTENSIONS)) + 1;
    const ids = Array.from({ length: k }, (_, i) => i);
    const map: MapGraph = {
      claims: ids.flatMap((i) => [{ id: `x${i}` }, { id: `y${i}` }]),
      inferences: ids.flatMap((i) => [
        { id: `xy${i}`, kind: "oppose" as const, premises: [`x${i}`], conclusion: `y${i}` },
        { id: `yx${i}`, kind: "oppose" as const, premises: [`y${i}`], conclusion: `x${i}` },
      ]),
    };
    const result = evaluateMapGraph(map, "preferred-cred", describe_);
    expect(result.claims.size).toBe(0);
    expect(result.notice).toMatch(/more than 512 preferred extensions/);
  });
});

describe("evaluating a map under a gradual semantics", () => {
  it("DF-QuAD: an objection lowers, a support raises, and the explanation lists both with strengths", () => {
    const map: MapGraph = {
      claims: [{ id: "t" }, { id: "o", base: 0.8 }, { id: "s", base: 0.4 }],
      inferences: [
        { id: "against", kind: "oppose", premises: ["o"], conclusion: "t" },
        { id: "for", kind: "support", premises: ["s"], conclusion: "t" },
      ],
    };
    const result = evaluateMapGraph(map, "dfquad", describe_);
    // va = 0.8, vs = 0.4: 0.5 - 0.5 * 0.4 = 0.3
    expect(strength(result.claims.get("t"))).toBeCloseTo(0.3, 9);
    expect(result.claims.get("t")!.explanation).toBe("0.30: from a base score of 0.50, opposed by “o” (0.80); supported by “s” (0.40).");
    expect(result.claims.get("o")!.explanation).toBe("0.80: nothing supports or opposes it, so it keeps its base score.");
  });

  it("base scores change the result, and an undercut weakens the edge it targets", () => {
    const map = (base: number): MapGraph => ({
      claims: [{ id: "t" }, { id: "o", base }, { id: "d" }],
      inferences: [
        { id: "against", kind: "oppose", premises: ["o"], conclusion: "t" },
        { id: "u", kind: "undercut", premises: ["d"], target: "against" },
      ],
    });
    const low = strength(evaluateMapGraph(map(0.2), "qe", describe_).claims.get("t"));
    const high = strength(evaluateMapGraph(map(0.9), "qe", describe_).claims.get("t"));
    expect(high).toBeLessThan(low);
    expect(evaluateMapGraph(map(0.9), "euler", describe_).claims.get("t")!.explanation).toMatch(/opposed by “o” \(0\.45, weakened by an undercut\)/);
  });
});

it("lists names in words", () => {
  expect(listInWords([])).toBe("");
  expect(listInWords(["a"])).toBe("a");
  expect(listInWords(["a", "b", "c"])).toBe("a, b and c");
});

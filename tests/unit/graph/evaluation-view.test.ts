import { evaluationViewParams, mapGraphOf, NO_EVALUATION, parseEvaluationView } from "@/lib/graph/evaluation-view";
import type { MapClaim, MapEdge, MapUndercut } from "@/lib/graph/types";

describe("the evaluation overlay in the URL", () => {
  it("round-trips semantics and perspective and leaves defaults out", () => {
    const view = { semantics: "dfquad" as const, perspective: { kind: "member" as const, memberId: "u1" } };
    const params = evaluationViewParams(view);
    expect(params.toString()).toBe("eval=dfquad&perspective=member%3Au1");
    expect(parseEvaluationView(params)).toEqual(view);
    expect(evaluationViewParams({ semantics: "grounded", perspective: { kind: "neutral" } }).toString()).toBe("eval=grounded");
    expect(evaluationViewParams(NO_EVALUATION).toString()).toBe("");
  });

  it("ignores an unknown semantics", () => {
    expect(parseEvaluationView(new URLSearchParams("eval=magic&perspective=group")).semantics).toBeNull();
  });
});

describe("the map payload as claims and inferences", () => {
  const claim = (id: string) => ({ id }) as MapClaim;
  const edges: MapEdge[] = [
    { id: "e1", from: "a", to: "t", premises: ["a", "b"], kind: "oppose", note: "", version: 1, evidence: [] },
    { id: "e2", from: "c", to: "t", premises: [], kind: "support", note: "", version: 1, evidence: [] },
  ];
  const undercuts: MapUndercut[] = [{ id: "u1", from: "d", premises: ["d"], targetEdgeId: "e1", note: "", version: 1, evidence: [] }];

  it("keeps linked premises, falls back to `from`, and aims undercuts at their edge", () => {
    const graph = mapGraphOf({ claims: ["t", "a", "b", "c", "d"].map(claim), edges, undercuts }, new Map([["a", 0.9]]));
    expect(graph.claims.find((c) => c.id === "a")!.base).toBe(0.9);
    expect(graph.claims.find((c) => c.id === "t")!.base).toBeUndefined();
    expect(graph.inferences).toEqual([
      { id: "e1", kind: "oppose", premises: ["a", "b"], conclusion: "t" },
      { id: "e2", kind: "support", premises: ["c"], conclusion: "t" },
      { id: "u1", kind: "undercut", premises: ["d"], target: "e1" },
    ]);
  });
});

import { equivalenceGroupsOf, equivalenceLinks, equivalentsOf, mergeEquivalentClaims } from "@/lib/graph/equivalence";
import { evaluateMapGraph, type ClaimVerdict } from "@/lib/argumentation/map-evaluation";
import { mapGraphOf } from "@/lib/graph/evaluation-view";
import type { MapClaim, MapEdge, MapSource, MapUndercut, WorkspaceMap } from "@/lib/graph/types";

const post: MapSource = { id: "s-post", author: "Charlie Post", title: "Socialism from Below", year: 2018, colorIndex: 0 };
const meaney: MapSource = { id: "s-meaney", author: "Constance Squires Meaney", title: "Stability", year: 1988, colorIndex: 1 };
const noStances = { agree: 0, disagree: 0, unsure: 0, hidden: false, stale: 0, mine: null } as unknown as MapClaim["stances"];

function claim(id: string, source: MapSource | null = null, group: string | null = null): MapClaim {
  return { id, text: `Text of ${id}`, type: "premise", version: 1, source, anchor: null, position: null, stances: noStances, equivalenceGroupId: group };
}
function edge(id: string, premises: string[], to: string, kind: "support" | "oppose" = "support"): MapEdge {
  return { id, from: premises[0]!, to, premises, kind, note: "", version: 1, evidence: [] };
}
function undercut(id: string, from: string, targetEdgeId: string): MapUndercut {
  return { id, from, premises: [from], targetEdgeId, note: "", version: 1, evidence: [] };
}
function map(claims: MapClaim[], edges: MapEdge[], undercuts: MapUndercut[] = [], withGroups = true): WorkspaceMap {
  const groups = new Map<string, string[]>();
  for (const c of claims) if (c.equivalenceGroupId) groups.set(c.equivalenceGroupId, [...(groups.get(c.equivalenceGroupId) ?? []), c.id]);
  return {
    workspace: { id: "w", name: "W", blindStances: false },
    role: "owner",
    sources: [post, meaney],
    claims,
    edges,
    undercuts,
    ...(withGroups ? { equivalenceGroups: [...groups].map(([id, claimIds]) => ({ id, version: 3, claimIds })) } : {}),
  };
}

describe("equivalence groups on the map", () => {
  // P (Post) and M (Meaney) state one proposition; X supports P, Y supports M, both support T.
  const claims = [claim("P", post, "g"), claim("M", meaney, "g"), claim("X"), claim("Y"), claim("T"), claim("Z")];
  const base = map(claims, [edge("e1", ["X"], "P"), edge("e2", ["Y"], "M"), edge("e3", ["P"], "T"), edge("e4", ["M"], "T"), edge("e5", ["M"], "P", "oppose"), edge("e6", ["M"], "Z", "oppose")], [undercut("u1", "Z", "e4"), undercut("u2", "Y", "e5")]);

  it("lists the groups, a claim's equivalents and the separate view's lines (a chain through each group)", () => {
    expect(equivalenceGroupsOf(base)).toEqual([{ id: "g", version: 3, claimIds: ["P", "M"] }]);
    expect(equivalentsOf(base, "P").map((c) => c.id)).toEqual(["M"]);
    expect(equivalentsOf(base, "X")).toEqual([]);
    const three = map([claim("A", null, "h"), claim("B", null, "h"), claim("C", null, "h")], []);
    expect(equivalenceLinks(three).map((l) => [l.a, l.b])).toEqual([["A", "B"], ["B", "C"]]);
    // Without the payload's list (an older payload), the groups come from the claims' ids.
    expect(equivalenceGroupsOf(map(claims, [], [], false))).toEqual([{ id: "g", version: 1, claimIds: ["P", "M"] }]);
    // A group with one claim left on the map draws nothing.
    expect(equivalenceLinks(map([claim("P", post, "g"), claim("X")], []))).toEqual([]);
  });

  it("merges a group into one card with every member's wording and author, and re-points every edge to it", () => {
    const merged = mergeEquivalentClaims(base);
    expect(merged.claims.map((c) => c.id)).toEqual(["P", "X", "Y", "T", "Z"]);
    const card = merged.claims.find((c) => c.id === "P")!;
    expect(card.wordings).toEqual([
      { id: "P", text: "Text of P", source: post },
      { id: "M", text: "Text of M", source: meaney },
    ]);
    const edgeEnds = merged.edges.map((e) => [e.id, e.premises.join("+"), e.to, e.kind]);
    // e2 (Y → M) now ends on P; e4 (M → T) duplicates e3 and goes; e5 (M opposes P) became a loop and goes.
    expect(edgeEnds).toEqual([
      ["e1", "X", "P", "support"],
      ["e2", "Y", "P", "support"],
      ["e3", "P", "T", "support"],
      ["e6", "P", "Z", "oppose"],
    ]);
    // The undercut of the dropped duplicate follows it to the surviving edge; the loop's undercut goes.
    expect(merged.undercuts.map((u) => [u.id, u.targetEdgeId])).toEqual([["u1", "e3"]]);
    // Nothing is changed in the map it was given.
    expect(base.claims).toHaveLength(6);
    expect(base.edges.find((e) => e.id === "e2")!.to).toBe("M");
  });

  it("merges linked premises that became one claim and leaves a map without groups as it is", () => {
    const linked = map([claim("A", null, "g"), claim("B", null, "g"), claim("C"), claim("D")], [edge("e", ["A", "B", "C"], "D"), edge("f", ["B", "C"], "D")]);
    const merged = mergeEquivalentClaims(linked);
    expect(merged.edges.map((e) => [e.id, e.premises])).toEqual([["e", ["A", "C"]]]);
    const plain = map([claim("A"), claim("B")], [edge("e", ["A"], "B")]);
    expect(mergeEquivalentClaims(plain)).toBe(plain);
  });

  it("evaluates a merged proposition as one argument: an objection to either wording defeats both", () => {
    // O opposes M only. Separately, P stands (grounded: in) while M is out; merged, the proposition is out.
    const claims = [claim("P", post, "g"), claim("M", meaney, "g"), claim("O")];
    const separate = map(claims, [edge("e", ["O"], "M", "oppose")]);
    const describe = (id: string) => id;
    const apart = evaluateMapGraph(mapGraphOf(separate), "grounded", describe);
    const statusOf = (verdict: ClaimVerdict | undefined) => (verdict?.kind === "status" ? verdict.status : null);
    expect([statusOf(apart.claims.get("P")), statusOf(apart.claims.get("M"))]).toEqual(["in", "out"]);
    const together = evaluateMapGraph(mapGraphOf(mergeEquivalentClaims(separate)), "grounded", describe);
    expect(together.claims.has("M")).toBe(false);
    expect(statusOf(together.claims.get("P"))).toBe("out");
  });
});

import { ALL_EDGE_KINDS, DEFAULT_VIEW, hiddenStanceCount, isFiltered, neighbourhood, parseViewFilter, viewFilterParams, visiblePart, type ViewFilter } from "@/lib/graph/view-filter";
import type { MapClaim, MapEdge, MapUndercut } from "@/lib/graph/types";

const claim = (id: string, text: string, source: string | null = null): MapClaim =>
  ({ id, text, type: "premise", version: 1, source: source ? { id: source, author: `Author ${source}`, title: "T", year: 2000, colorIndex: 0 } : null, anchor: null, position: null, stances: { agree: 0, disagree: 0, unsure: 0, hidden: false, stale: 0, mine: null } }) as MapClaim;
const edge = (id: string, from: string, to: string, kind: "support" | "oppose" = "support"): MapEdge => ({ id, from, to, premises: [from], kind, note: "", version: 1, evidence: [] });

// a → b → c → d, e ⊥ b, u undercuts (a → b)
const claims = [claim("a", "Wages fell", "s1"), claim("b", "Unrest grew", "s1"), claim("c", "The army moved in", "s2"), claim("d", "Order returned", "s2"), claim("e", "Unrest was staged"), claim("u", "Wages do not explain unrest", "s2")];
const edges = [edge("ab", "a", "b"), edge("bc", "b", "c"), edge("cd", "c", "d"), edge("eb", "e", "b", "oppose")];
const undercuts: MapUndercut[] = [{ id: "uab", from: "u", premises: ["u"], targetEdgeId: "ab", note: "", version: 1, evidence: [] }];
const map = { claims, edges, undercuts };
const view = (over: Partial<ViewFilter>): ViewFilter => ({ ...DEFAULT_VIEW, ...over });

describe("view filter", () => {
  it("finds a claim's neighbourhood 1, 2 and 3 steps out, both ways and through undercuts", () => {
    expect([...neighbourhood("b", 1, edges, undercuts)].sort()).toEqual(["a", "b", "c", "e", "u"]);
    expect([...neighbourhood("d", 2, edges, undercuts)].sort()).toEqual(["b", "c", "d"]);
    expect([...neighbourhood("d", 3, edges, undercuts)].sort()).toEqual(["a", "b", "c", "d", "e", "u"]);
  });

  it("shows an edge only when both ends and its kind are shown; an undercut only with its edge", () => {
    const part = visiblePart(map, view({ kinds: ["support", "undercut"] }));
    expect([...part.edges].sort()).toEqual(["ab", "bc", "cd"]);
    expect([...part.undercuts]).toEqual(["uab"]);
    const noSupport = visiblePart(map, view({ kinds: ["oppose", "undercut"] }));
    expect([...noSupport.undercuts]).toEqual([]);
  });

  it("filters by source (own claims included on request) and by text, keeping the focused claim", () => {
    const s2 = visiblePart(map, view({ sources: ["s2"] }));
    expect([...s2.claims].sort()).toEqual(["c", "d", "u"]);
    expect([...visiblePart(map, view({ sources: ["own"] })).claims]).toEqual(["e"]);
    const text = visiblePart(map, view({ text: "unrest" }));
    expect([...text.claims].sort()).toEqual(["b", "e", "u"]);
    expect([...text.matches].sort()).toEqual(["b", "e", "u"]);
    expect([...visiblePart(map, view({ focus: "d", depth: 1, sources: ["s1"] })).claims].sort()).toEqual(["d"]);
  });

  it("filters by claim type and by tag (any of the chosen), and keeps types and tags in the URL", () => {
    const typed = {
      ...map,
      claims: claims.map((c) => ({ ...c, type: c.id === "d" ? ("thesis" as const) : c.id === "e" ? ("objection" as const) : c.type, tags: c.id === "a" ? ["wages"] : c.id === "c" ? ["army", "wages"] : [] })),
    };
    expect([...visiblePart(typed, view({ types: ["thesis", "objection"] })).claims].sort()).toEqual(["d", "e"]);
    expect([...visiblePart(typed, view({ tags: ["wages"] })).claims].sort()).toEqual(["a", "c"]);
    expect([...visiblePart(typed, view({ tags: ["army"], types: ["premise"] })).claims]).toEqual(["c"]);
    const params = viewFilterParams(view({ types: ["thesis"], tags: ["land reform", "wages"] }));
    expect(params.toString()).toBe("types=thesis&tag=land+reform&tag=wages");
    expect(parseViewFilter(params)).toEqual(view({ types: ["thesis"], tags: ["land reform", "wages"] }));
    expect(parseViewFilter(new URLSearchParams("types=thesis,bogus")).types).toEqual(["thesis"]);
  });

  it("round-trips through the URL and leaves defaults out", () => {
    const shared: ViewFilter = { focus: "b", depth: 2, sources: ["s1", "own"], kinds: ["oppose"], text: "wages", types: [], tags: [], stance: { member: "m1", value: "disagree" }, equivalence: "separate" };
    const params = viewFilterParams(shared);
    expect(params.toString()).toBe("focus=b&depth=2&sources=s1%2Cown&kinds=oppose&q=wages&by=m1&stance=disagree");
    expect(parseViewFilter(params)).toEqual(shared);
    expect(viewFilterParams(DEFAULT_VIEW).toString()).toBe("");
    expect(parseViewFilter(new URLSearchParams("depth=9&kinds=bogus"))).toEqual({ ...DEFAULT_VIEW, kinds: [] });
    // A stance without a member, or a value that is not a stance, is no filter at all.
    expect(parseViewFilter(new URLSearchParams("stance=agree")).stance).toBeNull();
    expect(parseViewFilter(new URLSearchParams("by=m1&stance=maybe")).stance).toBeNull();
    expect(parseViewFilter(new URLSearchParams("by=m1&stance=unmarked")).stance).toEqual({ member: "m1", value: "unmarked" });
    expect(parseViewFilter(new URLSearchParams(""))).toEqual({ ...DEFAULT_VIEW, kinds: ALL_EDGE_KINDS });
  });

  it("filters by a member's stance, leaving out stances blind mode hides, and keeps the focused claim", () => {
    const theirs = new Map<string, "agree" | "disagree" | "unsure" | "hidden">([["a", "agree"], ["b", "disagree"], ["c", "agree"], ["d", "hidden"]]);
    const by = (value: "agree" | "disagree" | "unsure" | "unmarked") => view({ stance: { member: "m1", value } });
    expect([...visiblePart(map, by("agree"), theirs).claims].sort()).toEqual(["a", "c"]);
    expect([...visiblePart(map, by("disagree"), theirs).claims]).toEqual(["b"]);
    expect([...visiblePart(map, by("unsure"), theirs).claims]).toEqual([]);
    // A hidden stance is marked, just not visible to the caller: it is not "has not marked".
    expect([...visiblePart(map, by("unmarked"), theirs).claims].sort()).toEqual(["e", "u"]);
    expect([...visiblePart(map, by("agree"), theirs).edges]).toEqual([]);
    expect([...visiblePart(map, { ...by("agree"), sources: ["s2"] }, theirs).claims]).toEqual(["c"]);
    expect([...visiblePart(map, { ...by("disagree"), focus: "c", depth: 1 }, theirs).claims].sort()).toEqual(["b", "c"]);
    // Until the member's stances have arrived, nothing is filtered out.
    expect(visiblePart(map, by("agree"), null).claims.size).toBe(claims.length);
    expect(hiddenStanceCount(theirs)).toBe(1);
  });
});

describe("the equivalence view in the URL", () => {
  it("round-trips merged, defaults to separate, and does not count as a filter", () => {
    const merged = { ...DEFAULT_VIEW, equivalence: "merged" as const };
    expect(viewFilterParams(merged).toString()).toBe("equivalence=merged");
    expect(parseViewFilter(viewFilterParams(merged))).toEqual(merged);
    expect(parseViewFilter(new URLSearchParams("equivalence=bogus")).equivalence).toBe("separate");
    expect(isFiltered(merged)).toBe(false);
    expect(isFiltered({ ...merged, text: "mao" })).toBe(true);
  });
});

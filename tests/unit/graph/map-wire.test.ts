import fc from "fast-check";
import { COMPACT_MAP_FORMAT, compactMap, expandMap } from "@/lib/graph/map-wire";
import type { MapAnchor, MapClaim, MapEdge, MapEvidence, MapSource, MapUndercut, WorkspaceMap } from "@/lib/graph/types";
import type { StanceTally } from "@/lib/stances/tally";

const noStances: StanceTally = { agree: 0, disagree: 0, unsure: 0, hidden: false, stale: 0, mine: null };
const sources: MapSource[] = [
  { id: "s-engst", author: "Engst", title: "Red Guard letters", year: 1968, colorIndex: 0 },
  { id: "s-post", author: "Post", title: "On Meaney", year: 2021, colorIndex: 1 },
];

function anchorFor(text: string, overrides: Partial<MapAnchor> = {}): MapAnchor {
  return { sourceId: "s-engst", revisionId: "r1", exact: text, prefix: "before ", suffix: " after", start: 10, end: 10 + text.length, status: "anchored", revisionNumber: 1, madeOnRevision: 1, revisionCount: 1, ...overrides };
}

function claim(id: string, text: string, overrides: Partial<MapClaim> = {}): MapClaim {
  const anchor = overrides.anchor === undefined ? anchorFor(text) : overrides.anchor;
  return {
    id,
    text,
    type: "premise",
    tags: [],
    version: 1,
    source: anchor ? sources.find((s) => s.id === anchor.sourceId) ?? null : null,
    anchor,
    position: null,
    stances: noStances,
    equivalenceGroupId: null,
    ...overrides,
  };
}

function edge(id: string, premises: string[], to: string, overrides: Partial<MapEdge> = {}): MapEdge {
  return { id, from: premises[0]!, to, premises, kind: "support", note: "", version: 1, evidence: [], scheme: null, answers: null, raisedQuestions: [], ...overrides };
}

function mapOf(claims: MapClaim[], edges: MapEdge[], undercuts: MapUndercut[] = []): WorkspaceMap {
  return { workspace: { id: "w", name: "Mao-era China", blindStances: false }, role: "owner", sources, claims, edges, undercuts, equivalenceGroups: [] };
}

describe("the compact map wire form", () => {
  it("gives back exactly the map it was made from", () => {
    const evidence: MapEvidence[] = [{ id: "ev1", note: "her words", quote: { ...anchorFor("the workers were sent home"), sourceTitle: "Red Guard letters", sourceAuthor: "Engst" } }];
    const a = claim("a", "Disbanding the mass organizations disarmed the working class", { tags: ["labour"], version: 3, position: { x: 10, y: -4 } });
    const b = claim("b", "The army restored order", { anchor: anchorFor("the army, it restored order", { status: "fuzzy", revisionNumber: 2, madeOnRevision: 1, revisionCount: 3 }) });
    const c = claim("c", "An unstated premise", { anchor: null, stances: { agree: 2, disagree: 1, unsure: 0, hidden: false, stale: 1, mine: { value: "agree", stale: false, judgedText: "An unstated premise" } } });
    const d = claim("d", "China under Mao was not Soviet-style orthodox", { anchor: anchorFor("not orthodox", { sourceId: "s-post" }), equivalenceGroupId: "g1" });
    const edges = [
      edge("e1", ["b", "c"], "a", { kind: "oppose", note: "linked", version: 2, evidence, scheme: "expert-opinion", raisedQuestions: [{ question: "expert-opinion/credible", edgeId: "e2" }] }),
      edge("e2", ["d"], "b", { answers: { edgeId: "e1", question: "expert-opinion/credible" } }),
    ];
    const undercuts: MapUndercut[] = [{ id: "u1", from: "a", premises: ["a"], targetEdgeId: "e2", note: "irrelevant", version: 1, evidence: [], answers: null }];
    const map = mapOf([a, b, c, d], edges, undercuts);
    expect(expandMap(JSON.parse(JSON.stringify(compactMap(map))))).toEqual(map);
  });

  it("keeps what a rule would rebuild wrongly: a claim whose source is not the one its anchor names, an edge to a claim not listed", () => {
    const stray = claim("x", "Text", { source: sources[1]! });
    const map = mapOf([stray], [edge("e", ["x"], "gone")]);
    const compact = compactMap(map);
    expect(compact.claims[0]!.source).toEqual(sources[1]);
    expect(compact.edges[0]!.to).toBe("gone");
    expect(expandMap(compact)).toEqual(map);
  });

  it("is much smaller than the full form on a map of many claims with plain edges", () => {
    const claims = Array.from({ length: 200 }, (_, i) => claim(`claim-${i}-0000-0000-0000-000000000000`, `Claim number ${i} says something about the communes`));
    const edges = Array.from({ length: 500 }, (_, i) => edge(`edge-${i}-0000-0000-0000-000000000000`, [claims[(i * 7) % 200]!.id], claims[(i * 13 + 1) % 200]!.id));
    const map = mapOf(claims, edges);
    expect(JSON.stringify(compactMap(map)).length).toBeLessThan(JSON.stringify(map).length * 0.5);
  });

  it("refuses a form it does not know instead of guessing", () => {
    expect(() => expandMap({ ...compactMap(mapOf([], [])), format: "agon-map-compact/0" as typeof COMPACT_MAP_FORMAT })).toThrow(/Unknown map format/);
  });

  it("round-trips any map of the shape getMap produces (property)", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const tally = fc.record({ agree: fc.nat(3), disagree: fc.nat(3), unsure: fc.nat(3), hidden: fc.boolean(), stale: fc.nat(2), mine: fc.constant(null) });
    const anchor = fc.option(
      fc.record({
        sourceId: fc.constantFrom("s-engst", "s-post", "s-deleted"),
        revisionId: fc.constantFrom("r1", "r2"),
        exact: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
        prefix: fc.string({ maxLength: 4 }),
        suffix: fc.string({ maxLength: 4 }),
        start: fc.nat(100),
        end: fc.nat(200),
        status: fc.constantFrom("anchored", "fuzzy", "orphaned"),
        revisionNumber: fc.integer({ min: 1, max: 3 }),
        madeOnRevision: fc.integer({ min: 1, max: 3 }),
        revisionCount: fc.integer({ min: 1, max: 3 }),
      }),
      { nil: null },
    );
    const claimArb = (id: string) =>
      fc
        .record({
          text: fc.string({ maxLength: 12 }),
          type: fc.constantFrom("premise" as const, "thesis" as const, "evidence" as const),
          tags: fc.array(fc.constantFrom("x", "y"), { maxLength: 2 }),
          version: fc.integer({ min: 1, max: 4 }),
          anchor,
          position: fc.option(fc.record({ x: fc.integer(), y: fc.integer() }), { nil: null }),
          stances: fc.oneof(fc.constant(noStances), tally),
          equivalenceGroupId: fc.option(fc.constantFrom("g1", "g2"), { nil: null }),
        })
        .map(({ anchor: a, ...rest }) => {
          const full = a ? { ...a, exact: a.exact ?? rest.text } : null;
          return claim(id, rest.text, { ...rest, anchor: full, source: full ? sources.find((s) => s.id === full.sourceId) ?? null : null });
        });
    const edgeArb = (id: string) =>
      fc
        .record({
          premises: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
          to: fc.constantFrom(...ids),
          kind: fc.constantFrom("support" as const, "oppose" as const),
          note: fc.constantFrom("", "why"),
          version: fc.integer({ min: 1, max: 3 }),
          scheme: fc.option(fc.constant("expert-opinion"), { nil: null }),
        })
        .map((e) => edge(id, e.premises, e.to, e));
    const mapArb = fc
      .tuple(fc.tuple(...ids.map(claimArb)), fc.array(fc.nat(99), { maxLength: 8 }))
      .chain(([claims, edgeSeeds]) => fc.tuple(fc.constant(claims), fc.tuple(...edgeSeeds.map((_, i) => edgeArb(`e${i}`)))));
    fc.assert(
      fc.property(mapArb, ([claims, edges]) => {
        const map = mapOf(claims, edges);
        expect(expandMap(JSON.parse(JSON.stringify(compactMap(map))))).toEqual(map);
      }),
    );
  });
});

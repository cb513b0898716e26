import { edgeSignature } from "@/lib/graph/edge-rules";
import { generateSyntheticMap, syntheticSpecProblem } from "@/lib/graph/synthetic";

const spec = { claims: 400, edges: 1000, sources: 3, seed: 7 };

describe("synthetic maps", () => {
  const map = generateSyntheticMap(spec);

  it("has the requested size, and the same seed gives the same map", () => {
    expect(map.claims).toHaveLength(400);
    expect(map.edges).toHaveLength(1000);
    expect(map.sources).toHaveLength(3);
    expect(generateSyntheticMap(spec)).toEqual(map);
    expect(generateSyntheticMap({ ...spec, seed: 8 }).claims[0]!.text).not.toBe(map.claims[0]!.text);
  });

  it("writes claims of 8 to 60 words (plus the number that makes each unique)", () => {
    const lengths = map.claims.map((c) => c.text.split(" ").length - 1);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(60);
    const median = [...lengths].sort((a, b) => a - b)[200]!;
    expect(median).toBeGreaterThan(12);
    expect(median).toBeLessThan(35);
  });

  it("anchors most claims at their exact offsets in their source, each quote once", () => {
    const anchored = map.claims.filter((c) => c.anchor);
    expect(anchored.length / map.claims.length).toBeGreaterThan(0.75);
    expect(anchored.length).toBeLessThan(map.claims.length);
    for (const claim of anchored) {
      const text = map.sources[claim.anchor!.source]!.text;
      expect(text.slice(claim.anchor!.start, claim.anchor!.end)).toBe(claim.text);
      expect(text.indexOf(claim.text)).toBe(text.lastIndexOf(claim.text));
    }
    expect(new Set(map.claims.map((c) => c.text)).size).toBe(400);
  });

  it("obeys the edge rules: no self-loops, no duplicate signatures, undercuts aim at edges", () => {
    const signatures = map.edges.map((e) => edgeSignature(e.kind, e.premises.map(String), e.kind === "undercut" ? `e${e.targetEdge}` : `c${e.to}`));
    expect(new Set(signatures).size).toBe(map.edges.length);
    for (const edge of map.edges) {
      if (edge.kind === "undercut") {
        expect(map.edges[edge.targetEdge]!.kind).not.toBe("undercut");
      } else {
        expect(edge.premises).not.toContain(edge.to);
        for (const p of edge.premises) expect(p).toBeGreaterThan(edge.to); // later → earlier: no cycles
      }
    }
  });

  it("looks like a real map: a few hubs, about 15% opposing, some undercuts and linked premises", () => {
    const incoming = new Map<number, number>();
    for (const e of map.edges) if (e.kind !== "undercut") incoming.set(e.to, (incoming.get(e.to) ?? 0) + 1);
    const degrees = [...incoming.values()].sort((a, b) => b - a);
    expect(degrees[0]!).toBeGreaterThanOrEqual(20); // hubs
    expect(degrees[Math.floor(degrees.length / 2)]!).toBeLessThanOrEqual(3); // mostly small
    const oppose = map.edges.filter((e) => e.kind === "oppose").length / map.edges.length;
    expect(oppose).toBeGreaterThan(0.1);
    expect(oppose).toBeLessThan(0.2);
    expect(map.edges.filter((e) => e.kind === "undercut").length).toBeGreaterThan(5);
    expect(map.edges.filter((e) => e.premises.length > 1).length).toBeGreaterThan(5);
    const theses = map.claims.filter((c) => c.type === "thesis").length;
    expect(theses).toBeGreaterThanOrEqual(1);
    expect(theses).toBeLessThan(20);
  });

  it("refuses specs it cannot build, with a reason", () => {
    expect(syntheticSpecProblem(spec)).toBeNull();
    expect(syntheticSpecProblem({ ...spec, claims: 0 })).toMatch(/--claims/);
    expect(syntheticSpecProblem({ ...spec, claims: 3, edges: 4 })).toMatch(/too many/);
    expect(syntheticSpecProblem({ ...spec, sources: 500 })).toMatch(/--sources/);
    expect(syntheticSpecProblem({ ...spec, claims: 2, edges: 1, sources: 3 })).toMatch(/every source needs a claim/);
    expect(() => generateSyntheticMap({ ...spec, edges: -1 })).toThrow(RangeError);
  });
});

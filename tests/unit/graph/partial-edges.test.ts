import fc from "fast-check";
import { claimStubs, longEdgeIds, STUB_FROM_LENGTH, STUB_LEAD, STUB_REACH, type HandleEnd, type Point } from "@/lib/graph/partial-edges";

/** Cards as points: "out" handles on top, "in" handles 60 px lower. */
const handlesAt = (cards: Record<string, Point>) => (id: string, end: HandleEnd) => (cards[id] ? { x: cards[id]!.x, y: cards[id]!.y + (end === "in" ? 60 : 0) } : undefined);
const numbers = (path: string) => [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe("partial edge drawing", () => {
  const cards = { thesis: { x: 3000, y: -60 }, near: { x: 2900, y: 300 }, far: { x: 0, y: 4000 } };
  const edges = [
    { id: "short", from: "near", to: "thesis", kind: "support" as const },
    { id: "long", from: "far", to: "thesis", kind: "oppose" as const },
    { id: "dangling", from: "gone", to: "thesis", kind: "support" as const },
  ];

  it("picks the edges at least STUB_FROM_LENGTH long, handle to handle, and skips edges to unplaced claims", () => {
    expect([...longEdgeIds(edges, handlesAt(cards))]).toEqual(["long"]);
    expect([...longEdgeIds(edges, handlesAt(cards), 100)]).toEqual(["short", "long"]);
  });

  it("draws a stub out of the premise's card and one into the conclusion's, each straight out of its handle, then towards the other end", () => {
    const stubs = claimStubs([edges[1]!], handlesAt(cards));
    const [out] = stubs.get("far")!;
    const [into] = stubs.get("thesis")!;
    expect(out).toMatchObject({ edgeId: "long", kind: "oppose", end: "out", otherClaimId: "thesis" });
    expect(into).toMatchObject({ edgeId: "long", end: "in", otherClaimId: "far" });
    // far's "out" handle (0, 4000) to thesis's "in" handle (3000, 0): the 3-4-5 direction.
    const [start, bend, end] = numbers(out!.path);
    expect(start).toEqual({ x: 0, y: 0 });
    expect(bend).toEqual({ x: 0, y: -STUB_LEAD });
    expect(end!.x).toBeCloseTo(0.6 * STUB_REACH, 0);
    expect(end!.y).toBeCloseTo(-STUB_LEAD - 0.8 * STUB_REACH, 0);
    const [from, inBend, onHandle] = numbers(into!.path);
    expect(onHandle).toEqual({ x: 0, y: 0 });
    expect(inBend).toEqual({ x: 0, y: STUB_LEAD }); // the arrow comes up into the card from below
    expect(from!.x).toBeCloseTo(-0.6 * STUB_REACH, 0);
  });

  it("gives every long edge exactly one stub at each end, all within reach of their handle (property)", () => {
    const coordinate = fc.integer({ min: -30_000, max: 30_000 });
    fc.assert(
      fc.property(fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 2, maxLength: 8 }), fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 12 }), (points, pairs) => {
        const placed = Object.fromEntries(points.map((p, i) => [`c${i}`, p]));
        const all = pairs.filter(([a, b]) => a < points.length && b < points.length && a !== b).map(([a, b], i) => ({ id: `e${i}`, from: `c${a}`, to: `c${b}`, kind: "support" as const }));
        const long = longEdgeIds(all, handlesAt(placed));
        const stubs = claimStubs(all.filter((e) => long.has(e.id)), handlesAt(placed));
        const flat = [...stubs.values()].flat();
        expect(flat).toHaveLength(2 * long.size);
        for (const id of long) expect(flat.filter((s) => s.edgeId === id).map((s) => s.end).sort()).toEqual(["in", "out"]);
        for (const s of flat) for (const p of numbers(s.path)) expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(STUB_LEAD + STUB_REACH + 1);
      }),
    );
  });

  it("leaves short maps alone: nothing under the threshold is stubbed", () => {
    expect(longEdgeIds([{ id: "e", from: "a", to: "b", kind: "support" }], handlesAt({ a: { x: 0, y: 0 }, b: { x: 0, y: -(STUB_FROM_LENGTH - 61) } })).size).toBe(0);
  });
});

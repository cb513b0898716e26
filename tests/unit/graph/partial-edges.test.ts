import fc from "fast-check";
import { STUB_FROM_LENGTH, STUB_LEAD, STUB_REACH, stubbedEdge } from "@/lib/graph/partial-edges";

const UP = { x: 0, y: -1 };
const DOWN = { x: 0, y: 1 };
/** The points of "M a Q b c M d Q e f". */
const points = (path: string) => [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe("partial edge drawing", () => {
  it("draws an edge shorter than the threshold whole", () => {
    expect(stubbedEdge({ x: 0, y: 0 }, UP, { x: STUB_FROM_LENGTH - 1, y: 0 }, DOWN)).toBeNull();
    expect(stubbedEdge({ x: 100, y: 100 }, UP, { x: 100, y: 100 }, DOWN)).toBeNull();
  });

  it("draws a long edge as a stub out of its source and one into its target, leaving and entering the cards straight on", () => {
    // A premise's top handle at (0, 4000), its conclusion's bottom handle 3,000 px to the right and up.
    const stubs = stubbedEdge({ x: 0, y: 4000 }, UP, { x: 3000, y: 0 }, DOWN)!;
    expect(stubs.path).toMatch(/^M[^M]+Q[^M]+M[^M]+Q[^M]+$/);
    const [source, sourceBend, sourceEnd, targetStart, targetBend, target] = points(stubs.path);
    expect(source).toEqual({ x: 0, y: 4000 });
    expect(sourceBend).toEqual({ x: 0, y: 4000 - STUB_LEAD }); // straight up out of the handle
    // …then towards the conclusion: along the 3-4-5 direction.
    expect(sourceEnd!.x).toBeCloseTo(0.6 * STUB_REACH, 0);
    expect(sourceEnd!.y).toBeCloseTo(4000 - STUB_LEAD - 0.8 * STUB_REACH, 0);
    expect(targetBend).toEqual({ x: 3000, y: STUB_LEAD }); // the arrow comes up into the card from below
    expect(targetStart!.x).toBeCloseTo(3000 - 0.6 * STUB_REACH, 0);
    expect(target).toEqual({ x: 3000, y: 0 });
    // The label sits on the target's stub, near the arrowhead.
    expect(Math.hypot(stubs.labelX - 3000, stubs.labelY)).toBeLessThan(STUB_LEAD + STUB_REACH);
  });

  it("starts on the source, ends on the target and draws only near them, in any direction (property)", () => {
    const coordinate = fc.integer({ min: -40_000, max: 40_000 });
    const handle = fc.constantFrom(UP, DOWN, { x: 1, y: 0 }, { x: -1, y: 0 });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, handle, handle, (sx, sy, tx, ty, out, into) => {
        const stubs = stubbedEdge({ x: sx, y: sy }, out, { x: tx, y: ty }, into);
        if (Math.hypot(tx - sx, ty - sy) < STUB_FROM_LENGTH) return stubs === null;
        const p = points(stubs!.path);
        const near = (q: { x: number; y: number }, x: number, y: number) => Math.hypot(q.x - x, q.y - y) <= STUB_LEAD + STUB_REACH + 1;
        return near(p[0]!, sx, sy) && p[0]!.x === Math.round(sx * 10) / 10 && near(p[2]!, sx, sy) && near(p[3]!, tx, ty) && p[5]!.y === Math.round(ty * 10) / 10;
      }),
    );
  });
});

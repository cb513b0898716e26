import { arrangeMap, FORCE_MAX_CLAIMS, spanningForest } from "@/lib/graph/layout";
import { placeNearNeighbours } from "@/lib/graph/placement";

const CARD = { width: 260, height: 80 };
const size = () => CARD;
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < CARD.width && Math.abs(a.y - b.y) < CARD.height;

describe("placing new claims", () => {
  it("puts a new reason below its conclusion, beside its siblings, without moving or covering anything", () => {
    const known = { thesis: { x: 0, y: 0 }, sibling: { x: 0, y: 170 } };
    const edges = [{ from: "sibling", to: "thesis" }, { from: "new", to: "thesis" }, { from: "newer", to: "thesis" }];
    const placed = placeNearNeighbours(["new", "newer"], known, size, edges, { x: 0, y: 0 });
    expect(Object.keys(placed).sort()).toEqual(["new", "newer"]);
    for (const p of Object.values(placed)) {
      expect(p.y).toBe(170); // same row as the sibling
      expect(overlap(p, known.sibling)).toBe(false);
      expect(overlap(p, known.thesis)).toBe(false);
    }
    expect(overlap(placed.new!, placed.newer!)).toBe(false);
  });

  it("puts a new conclusion above its premise, and an unconnected claim near the fallback", () => {
    const placed = placeNearNeighbours(["conclusion", "alone"], { premise: { x: 400, y: 400 } }, size, [{ from: "premise", to: "conclusion" }], { x: -1000, y: -1000 });
    expect(placed.conclusion!.y).toBeLessThan(400);
    expect(placed.conclusion!.x).toBe(400);
    expect(placed.alone).toEqual({ x: -1000, y: -1000 });
  });
});

describe("arrangements", () => {
  const nodes = ["t", "a", "b", "c", "d"].map((id) => ({ id, ...CARD }));
  const edges = [
    { id: "1", from: "a", to: "t" },
    { id: "2", from: "b", to: "t" },
    { id: "3", from: "c", to: "a" },
    { id: "4", from: "c", to: "b" }, // a cross-link: c already has a reason
    { id: "5", from: "d", to: "c" },
    { id: "6", from: "t", to: "d" }, // closes a cycle
  ];

  it("a spanning forest keeps one reason per claim and no cycle", () => {
    expect(spanningForest(nodes, edges).map((e) => e.id)).toEqual(["1", "2", "3", "5"]);
  });

  it.each(["layered", "radial", "force"] as const)("%s gives every claim a distinct position", async (algorithm) => {
    const positions = await arrangeMap(nodes, edges, algorithm);
    expect(Object.keys(positions).sort()).toEqual(["a", "b", "c", "d", "t"]);
    const all = Object.values(positions);
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlap(all[i]!, all[j]!)).toBe(false);
  });

  it("top-down keeps a conclusion above its reasons, also with the tree layout used for big maps", async () => {
    const positions = await arrangeMap(nodes, edges, "layered");
    expect(positions.t!.y).toBeLessThan(positions.a!.y);
    const many = Array.from({ length: 450 }, (_, i) => ({ id: `n${i}`, ...CARD }));
    const tree = many.slice(1).map((n, i) => ({ id: `e${i}`, from: n.id, to: `n${Math.floor(i / 3)}` }));
    const big = await arrangeMap(many, tree, "layered");
    expect(big.n0!.y).toBeLessThan(big.n1!.y);
    expect(big.n1!.y).toBeLessThan(big.n4!.y);
  });

  it("refuses force on maps too big for it", async () => {
    const many = Array.from({ length: FORCE_MAX_CLAIMS + 1 }, (_, i) => ({ id: `n${i}`, ...CARD }));
    await expect(arrangeMap(many, [], "force")).rejects.toThrow(/limited/);
  });
});

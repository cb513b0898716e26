import { estimateCardSize, layeredLayout, spanningForest, treeLayout, type LayoutNode, type Positions } from "@/lib/graph/layout";
import { generateSyntheticMap } from "@/lib/graph/synthetic";

const CARD = { width: 260, height: 80 };

describe("layeredLayout", () => {
  it("places a conclusion above the premises that support it", async () => {
    const positions = await layeredLayout(
      [
        { id: "thesis", ...CARD },
        { id: "reason-a", ...CARD },
        { id: "reason-b", ...CARD },
      ],
      [
        { id: "e1", from: "reason-a", to: "thesis" },
        { id: "e2", from: "reason-b", to: "thesis" },
      ],
    );
    expect(positions.thesis!.y).toBeLessThan(positions["reason-a"]!.y);
    expect(positions.thesis!.y).toBeLessThan(positions["reason-b"]!.y);
    expect(positions["reason-a"]!.x).not.toBe(positions["reason-b"]!.x);
  });

  it("gives every node a position, including isolated ones, and survives cycles", async () => {
    const positions = await layeredLayout(
      [
        { id: "a", ...CARD },
        { id: "b", ...CARD },
        { id: "alone", ...CARD },
      ],
      [
        { id: "ab", from: "a", to: "b" },
        { id: "ba", from: "b", to: "a" },
        { id: "dangling", from: "a", to: "missing" },
      ],
    );
    expect(Object.keys(positions).sort()).toEqual(["a", "alone", "b"]);
  });

  it("keeps cards from overlapping", async () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, ...CARD }));
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, from: n.id, to: `n${Math.floor(i / 3)}` }));
    const positions = await layeredLayout(nodes, edges);
    const boxes = nodes.map((n) => positions[n.id]!);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const overlapX = Math.abs(boxes[i]!.x - boxes[j]!.x) < CARD.width;
        const overlapY = Math.abs(boxes[i]!.y - boxes[j]!.y) < CARD.height;
        expect(overlapX && overlapY).toBe(false);
      }
    }
  });
});

describe("estimateCardSize", () => {
  it("grows with the text up to four lines", () => {
    const short = estimateCardSize("A short claim.", false);
    const long = estimateCardSize("word ".repeat(40), false);
    const longer = estimateCardSize("word ".repeat(400), false);
    expect(long.height).toBeGreaterThan(short.height);
    expect(longer.height).toBe(long.height);
  });
});

describe("treeLayout (top-down for big maps)", () => {
  // The benchmark's map: 2,000 claims, 5,000 edges, a few theses with hundreds of reasons each.
  const synthetic = generateSyntheticMap({ claims: 2000, edges: 5000, sources: 8, seed: 1968 });
  const nodes: LayoutNode[] = synthetic.claims.map((c, i) => ({ id: `c${i}`, ...estimateCardSize(c.text, c.type === "thesis") }));
  const edges = synthetic.edges.flatMap((e, i) => ("to" in e ? [{ id: `e${i}`, from: `c${e.premises[0]}`, to: `c${e.to}` }] : []));
  const forest = spanningForest(nodes, edges);
  const positions = treeLayout(nodes, forest);
  const size = new Map(nodes.map((n) => [n.id, n]));
  const box = (id: string, at: Positions) => ({ ...at[id]!, ...size.get(id)! });

  it("places every claim once, and no two cards overlap", () => {
    expect(Object.keys(positions)).toHaveLength(nodes.length);
    // Sweep by x, so the check stays fast: only cards whose columns meet are compared.
    const boxes = nodes.map((n) => box(n.id, positions)).sort((a, b) => a.x - b.x);
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j]!.x < boxes[i]!.x + boxes[i]!.width; j++) {
        if (boxes[j]!.y < boxes[i]!.y + boxes[i]!.height && boxes[i]!.y < boxes[j]!.y + boxes[j]!.height) overlaps++;
      }
    }
    expect(overlaps).toBe(0);
  });

  it("keeps every reason below its conclusion", () => {
    for (const edge of forest) expect(positions[edge.from]!.y).toBeGreaterThan(positions[edge.to]!.y + size.get(edge.to)!.height);
  });

  it("wraps wide families into rows: the map is about as wide as tall, not one long row", () => {
    const right = Math.max(...nodes.map((n) => positions[n.id]!.x + n.width));
    const bottom = Math.max(...nodes.map((n) => positions[n.id]!.y + n.height));
    expect(right / bottom).toBeGreaterThan(0.5);
    expect(right / bottom).toBeLessThan(3);
    // A conclusion's reasons stay near it: the median tree edge is a few card heights long.
    const lengths = forest.map((e) => Math.hypot(positions[e.from]!.x - positions[e.to]!.x, positions[e.from]!.y - positions[e.to]!.y)).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]!).toBeLessThan(800);
  });

  it("puts a family with a few reasons in one row centred under its conclusion", () => {
    const small = treeLayout(
      ["t", "a", "b", "c"].map((id) => ({ id, width: 260, height: 80 })),
      ["a", "b", "c"].map((id) => ({ id, from: id, to: "t" })),
    );
    expect(new Set(["a", "b", "c"].map((id) => small[id]!.y)).size).toBe(1);
    expect(small.a!.y).toBeGreaterThan(small.t!.y + 80);
    expect(small.t!.x + 130).toBeCloseTo((small.a!.x + small.c!.x + 260) / 2);
  });

  it("is deterministic and survives a chain of thousands of reasons", () => {
    expect(treeLayout(nodes, forest)).toEqual(positions);
    const chain = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, width: 260, height: 80 }));
    const links = chain.slice(1).map((n, i) => ({ id: `l${i}`, from: n.id, to: `n${i}` }));
    const placed = treeLayout(chain, links);
    expect(placed.n4999!.y).toBeGreaterThan(placed.n0!.y);
  });
});

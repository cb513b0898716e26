import { estimateCardSize, layeredLayout } from "@/lib/graph/layout";

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

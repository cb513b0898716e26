import { POSITION_WEIGHT, pickBest, rank } from "@/lib/anchoring/ranking";
import type { ScoredSpan } from "@/lib/anchoring/similarity";

const TEXT_LENGTH = 10_000;

function span(start: number, score: number): ScoredSpan {
  return { start, end: start + 10, score, quoteSimilarity: 1, contextSimilarity: score };
}

describe("pickBest", () => {
  it("returns null for no candidates", () => {
    expect(pickBest([], 0, TEXT_LENGTH)).toBeNull();
  });

  it("prefers the better score over nearness when the difference is real", () => {
    expect(pickBest([span(100, 0.8), span(9_000, 0.95)], 100, TEXT_LENGTH)?.start).toBe(9_000);
  });

  it("breaks exact ties by nearness to the old position, then by order", () => {
    expect(pickBest([span(9_000, 0.9), span(400, 0.9), span(150, 0.9)], 300, TEXT_LENGTH)?.start).toBe(400);
    expect(pickBest([span(200, 0.9), span(400, 0.9)], 300, TEXT_LENGTH)?.start).toBe(200);
  });

  it("lets nearness outweigh a small difference across the document", () => {
    // Same words, same context except a couple of characters: the nearby copy wins.
    expect(pickBest([span(9_500, 1), span(120, 0.98)], 100, TEXT_LENGTH)?.start).toBe(120);
  });

  it("bounds the nearness bonus by POSITION_WEIGHT", () => {
    const nearest = rank(span(100, 0.5), 100, TEXT_LENGTH);
    const farthest = rank(span(TEXT_LENGTH, 0.5), 0, TEXT_LENGTH);
    expect(nearest - farthest).toBeCloseTo(POSITION_WEIGHT);
    expect(rank(span(0, 0.5), 0, 0)).toBeCloseTo(0.5 + POSITION_WEIGHT);
  });
});

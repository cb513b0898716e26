import { LOCAL_SEARCH_RADIUS, SEED_CHUNK_LENGTH, candidateRegions, clusterTolerance } from "@/lib/anchoring/seeds";
import { HARBOUR, LIBRARY, ORCHARD, PARAGRAPH_BREAK, spanOf } from "./fixtures";

const QUOTE = "The reading lamps made small islands of certainty in a sea of unread pages";
const FILLER = "Rain fell on the slate roofs of the customs house all through the long afternoon. ";

function selectorFor(text: string, phrase: string) {
  const { start, end } = spanOf(text, phrase);
  const quote = { exact: phrase, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
  return { quote, start };
}

describe("candidateRegions", () => {
  it("finds a revised passage that moved far from its old position", () => {
    const before = [LIBRARY, HARBOUR, ORCHARD].join(PARAGRAPH_BREAK);
    const { quote, start } = selectorFor(before, QUOTE);
    const after = [HARBOUR, ORCHARD, FILLER.repeat(20), LIBRARY.replace("certainty", "certainly")].join(PARAGRAPH_BREAK);
    const regions = candidateRegions(after, quote, start);
    const truth = after.indexOf("The reading lamps");
    expect(Math.abs(regions[0]!.start - truth)).toBeLessThanOrEqual(clusterTolerance(QUOTE.length));
    expect(regions[0]!.votes).toBeGreaterThan(2);
  });

  it("falls back to the old position, with no votes, when no piece survives", () => {
    const { quote } = selectorFor(LIBRARY, QUOTE);
    const regions = candidateRegions(HARBOUR, quote, 40);
    expect(regions).toEqual([{ start: 40, votes: 0 }]);
  });

  it("does not add the old position when most pieces agree on another place", () => {
    const { quote } = selectorFor(LIBRARY, QUOTE);
    const moved = FILLER.repeat(3) + LIBRARY;
    const regions = candidateRegions(moved, quote, 0);
    expect(regions.every((r) => r.votes > 0)).toBe(true);
  });

  it("pulls a hint past the end of a shrunken text back to where the quote could fit", () => {
    const { quote } = selectorFor(LIBRARY, QUOTE);
    const [region] = candidateRegions("short text", quote, 5_000);
    expect(region!.start).toBe(0);
  });

  it("with localOnly, reports only corroborated places near the old position", () => {
    const { quote } = selectorFor(LIBRARY, QUOTE);
    const farAway = "x".repeat(LOCAL_SEARCH_RADIUS * 2) + LIBRARY;
    expect(candidateRegions(farAway, quote, 0, { localOnly: true })).toEqual([]);
    expect(candidateRegions(farAway, quote, 0)[0]!.start).toBe(LOCAL_SEARCH_RADIUS * 2 + LIBRARY.indexOf(QUOTE));
    const nearby = FILLER + LIBRARY;
    expect(candidateRegions(nearby, quote, 0, { localOnly: true })[0]!.start).toBe(FILLER.length + LIBRARY.indexOf(QUOTE));
  });
});

describe("clusterTolerance", () => {
  it("grows with the quote but never drops below one piece", () => {
    expect(clusterTolerance(10)).toBe(SEED_CHUNK_LENGTH);
    expect(clusterTolerance(400)).toBe(100);
  });
});

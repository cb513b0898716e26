import { distancesOfMatchesEndingAt, distancesToPrefixes, levenshtein } from "@/lib/anchoring/levenshtein";

describe("levenshtein", () => {
  it.each([
    { a: "", b: "", expected: 0 },
    { a: "storm", b: "storm", expected: 0 },
    { a: "storm", b: "", expected: 5 },
    { a: "storm", b: "stork", expected: 1 },
    { a: "storm", b: "strom", expected: 2 },
    { a: "kitten", b: "sitting", expected: 3 },
    { a: "harbour", b: "harbor", expected: 1 },
  ])("distance($a, $b) = $expected", ({ a, b, expected }) => {
    expect(levenshtein(a, b)).toBe(expected);
    expect(levenshtein(b, a)).toBe(expected);
  });
});

describe("distancesToPrefixes", () => {
  it("gives the distance to every prefix of the text in one pass", () => {
    const text = "the quay at dusk";
    const row = distancesToPrefixes("the quay", text);
    for (let j = 0; j <= text.length; j++) expect(row[j]).toBe(levenshtein("the quay", text.slice(0, j)));
  });
});

describe("distancesOfMatchesEndingAt", () => {
  it("lets the match start anywhere in the text", () => {
    const text = "gulls argued over the nets";
    const row = distancesOfMatchesEndingAt("over the", text);
    expect(row[text.indexOf("over the") + 8]).toBe(0);
    expect(row[text.length]).toBeGreaterThan(0);
    for (let j = 0; j <= text.length; j++) {
      let best = Infinity;
      for (let i = 0; i <= j; i++) best = Math.min(best, levenshtein("over the", text.slice(i, j)));
      expect(row[j]).toBe(best);
    }
  });
});

import fc from "fast-check";
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

describe("levenshtein against a plain dynamic programme", () => {
  function reference(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  }

  it("agrees for random strings on both sides of the 32-character bit-parallel limit", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "\u00e9"), maxLength: 70 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "\u00e9"), maxLength: 70 }),
        (a, b) => {
          expect(levenshtein(a, b)).toBe(reference(a, b));
        },
      ),
      { numRuns: 500 },
    );
  });
});

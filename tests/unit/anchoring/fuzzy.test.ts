import { alignNear, findFuzzyMatch } from "@/lib/anchoring/fuzzy";
import { describeRange } from "@/lib/anchoring";
import { LIBRARY, ORCHARD, STORY, spanOf } from "./fixtures";

/** A long quote (beyond bitap's 32 characters) from ORCHARD. */
const LONG_QUOTE =
  "My aunt held that a tree owes its fruit to the soil, my uncle that it owes everything to the pruning knife";

function selectorsFor(text: string, phrase: string) {
  const { start, end } = spanOf(text, phrase);
  return describeRange(text, start, end);
}

describe("alignNear", () => {
  it("finds the exact boundaries of a long quote revised at both ends", () => {
    const { quote, position } = selectorsFor(ORCHARD, LONG_QUOTE);
    const revised = ORCHARD.replace("My aunt held", "My aunt maintained").replace("pruning knife", "pruning-knife");
    const span = alignNear(revised, quote, position.start)!;
    expect(revised.slice(span.start, span.end)).toBe(
      "My aunt maintained that a tree owes its fruit to the soil, my uncle that it owes everything to the pruning-knife",
    );
  });

  it("uses the recorded context to place a boundary the words alone cannot", () => {
    const phrase = "the charts only where the water";
    const { quote, position } = selectorsFor(LIBRARY, phrase);
    // "the water" became "the deep water": the quote should still end after "water".
    const revised = LIBRARY.replace("where the water", "where the deep water");
    const span = alignNear(revised, quote, position.start)!;
    expect(revised.slice(span.start, span.end)).toBe("the charts only where the deep water");
  });

  it("returns null when nothing in the window resembles either end of the quote", () => {
    const { quote } = selectorsFor(ORCHARD, LONG_QUOTE);
    expect(alignNear("Completely unrelated words about trains and timetables, nothing else.", quote, 0)).toBeNull();
  });
});

describe("findFuzzyMatch", () => {
  const { quote, position } = selectorsFor(STORY, LONG_QUOTE);

  it("scores lower as the passage diverges from the quote", () => {
    const revisions = [
      ORCHARD.replace("owes its fruit", "owes its fruits"),
      ORCHARD.replace("owes its fruit to the soil", "owed its fruit to the earth"),
      ORCHARD.replace(
        "a tree owes its fruit to the soil, my uncle that it owes everything",
        "an apple tree owed its harvest to rain, my uncle that it owed its all",
      ),
    ];
    const scores = revisions.map((text) => findFuzzyMatch(STORY.replace(ORCHARD, text), quote, position.start)!.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
    expect(scores[0]).toBeGreaterThan(0.95);
  });

  it("finds a long quote far from its old position", () => {
    const moved = "An added opening paragraph. ".repeat(200) + STORY.replace("to the soil", "to the soil itself");
    const match = findFuzzyMatch(moved, quote, position.start)!;
    expect(moved.slice(match.start, match.end)).toBe(LONG_QUOTE.replace("to the soil", "to the soil itself"));
  });

  it("ignores the span it is told to exclude", () => {
    const match = findFuzzyMatch(STORY, quote, position.start, { exclude: position });
    expect(match === null || match.end <= position.start || match.start >= position.end).toBe(true);
  });

  it("returns null for an empty text or quote", () => {
    expect(findFuzzyMatch("", quote, 0)).toBeNull();
    expect(findFuzzyMatch(STORY, { ...quote, exact: "" }, 0)).toBeNull();
  });
});

import { DEFAULT_CONTEXT_LENGTH, describeRange } from "@/lib/anchoring";
import { HARBOUR, STORY, spanOf } from "./fixtures";

describe("describeRange", () => {
  it("records the exact words, the offsets and 32 characters of context either side", () => {
    const { start, end } = spanOf(STORY, "counted the lanterns along the quay");
    const selectors = describeRange(STORY, start, end);
    expect(selectors.position).toEqual({ start, end });
    expect(selectors.quote.exact).toBe("counted the lanterns along the quay");
    expect(selectors.quote.prefix).toBe(STORY.slice(start - DEFAULT_CONTEXT_LENGTH, start));
    expect(selectors.quote.suffix).toBe(STORY.slice(end, end + DEFAULT_CONTEXT_LENGTH));
    expect(selectors.quote.prefix).toHaveLength(32);
    expect(selectors.quote.prefix.endsWith("who had not slept, ")).toBe(true);
  });

  it("shortens the context at the edges of the text", () => {
    const atStart = describeRange(HARBOUR, 0, 11);
    expect(atStart.quote).toEqual({ exact: "The harbour", prefix: "", suffix: HARBOUR.slice(11, 43) });
    const atEnd = describeRange(HARBOUR, HARBOUR.length - 6, HARBOUR.length);
    expect(atEnd.quote.exact).toBe("to be.");
    expect(atEnd.quote.suffix).toBe("");
  });

  it("honours a custom context length, including none", () => {
    const { start, end } = spanOf(STORY, "The reading lamps");
    expect(describeRange(STORY, start, end, 5).quote.prefix).toBe(STORY.slice(start - 5, start));
    expect(describeRange(STORY, start, end, 0).quote).toMatchObject({ prefix: "", suffix: "" });
  });

  it("does not cut a surrogate pair in half at the edge of the context", () => {
    // "\u{1F30A}" is two UTF-16 code units at offsets 2 and 3.
    const text = "ab\u{1F30A}cdefgh";
    expect(describeRange(text, 4, 6, 2).quote.prefix).toBe("\u{1F30A}");
    expect(describeRange(text, 4, 6, 1).quote.prefix).toBe("");
    expect(describeRange("xy\u{1F30A}z", 0, 2, 1).quote.suffix).toBe("");
    expect(describeRange("xy\u{1F30A}z", 0, 2, 2).quote.suffix).toBe("\u{1F30A}");
  });

  it.each([
    { case: "empty span", start: 5, end: 5 },
    { case: "reversed span", start: 9, end: 4 },
    { case: "negative start", start: -1, end: 4 },
    { case: "end past the text", start: 0, end: HARBOUR.length + 1 },
    { case: "fractional offset", start: 1.5, end: 4 },
  ])("throws RangeError for an $case", ({ start, end }) => {
    expect(() => describeRange(HARBOUR, start, end)).toThrow(RangeError);
  });

  it("throws RangeError for a negative context length", () => {
    expect(() => describeRange(HARBOUR, 0, 3, -1)).toThrow(RangeError);
  });
});

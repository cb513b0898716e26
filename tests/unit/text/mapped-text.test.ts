import { deleteRanges, MappedTextBuilder, originalEndAt, originalPositionAt, slice, tidySpaces } from "@/lib/text/mapped-text";

const SOURCE = "alpha beta\ngamma";

function sample() {
  return new MappedTextBuilder().copy(SOURCE, 0, 10).insert(" ", 10).copy(SOURCE, 11, 16).build();
}

describe("MappedTextBuilder", () => {
  it("merges adjacent copies of consecutive original text into one segment", () => {
    const mapped = new MappedTextBuilder().copy(SOURCE, 0, 5).copy(SOURCE, 5, 10).build();
    expect(mapped.segments).toHaveLength(1);
    expect(mapped.text).toBe("alpha beta");
  });

  it("drops the last character with popChar", () => {
    const builder = new MappedTextBuilder().copy("co-", 0, 3);
    builder.popChar();
    const mapped = builder.build();
    expect(mapped.text).toBe("co");
    expect(mapped.segments).toEqual([{ start: 0, length: 2, origin: 0, inserted: false }]);
  });

  it("reports where the original continues after its last character", () => {
    const builder = new MappedTextBuilder().copy(SOURCE, 0, 5);
    expect(builder.lastOriginalEnd()).toBe(5);
    builder.insert(" ", 7);
    expect(builder.lastOriginalEnd()).toBe(7);
  });
});

describe("origin lookups", () => {
  it("finds the original position of copied and inserted characters", () => {
    const mapped = sample();
    expect(originalPositionAt(mapped, 6)).toBe(6);
    expect(originalPositionAt(mapped, 10)).toBe(10);
    expect(originalPositionAt(mapped, 11)).toBe(11);
    expect(originalEndAt(mapped, 9)).toBe(10);
    expect(originalEndAt(mapped, 10)).toBe(10);
  });
});

describe("slice and deleteRanges", () => {
  it("keeps the origins of the characters that remain", () => {
    const mapped = deleteRanges(sample(), [{ start: 0, end: 6 }]);
    expect(mapped.text).toBe("beta gamma");
    expect(originalPositionAt(mapped, 0)).toBe(6);
    expect(originalPositionAt(mapped, 5)).toBe(11);
  });

  it("cuts segments at the slice boundaries", () => {
    const part = slice(sample(), 8, 13);
    expect(part.text).toBe("ta ga");
    expect(part.segments.map((s) => [s.start, s.length, s.origin, s.inserted])).toEqual([
      [0, 2, 8, false],
      [2, 1, 10, true],
      [3, 2, 11, false],
    ]);
  });
});

describe("tidySpaces", () => {
  it("reduces runs of spaces to one and trims the ends, moving offsets with the text", () => {
    const text = "  a   b ";
    const mapped = new MappedTextBuilder().copy(text, 0, text.length).build();
    const { text: tidy, moveOffset } = tidySpaces(mapped);
    expect(tidy.text).toBe("a b");
    expect(moveOffset(2)).toBe(0);
    expect(moveOffset(6)).toBe(2);
    expect(originalPositionAt(tidy, 2)).toBe(6);
  });
});

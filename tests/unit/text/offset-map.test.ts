import { MappedTextBuilder } from "@/lib/text/mapped-text";
import { buildOffsetMap, parseOffsetMap, serializeOffsetMap, toOriginalOffset, toOriginalRange } from "@/lib/text/offset-map";

// "one\n\ntwo  three" normalised to "one two three": the line break becomes an inserted space,
// the double space keeps its first space.
const ORIGINAL = "one\n\ntwo  three";

function buildExample() {
  const builder = new MappedTextBuilder();
  builder.copy(ORIGINAL, 0, 3).insert(" ", 3).copy(ORIGINAL, 5, 9).copy(ORIGINAL, 10, 15);
  const mapped = builder.build();
  return { text: mapped.text, map: buildOffsetMap(mapped, ORIGINAL.length) };
}

describe("buildOffsetMap", () => {
  it("stores copied stretches as identity runs that reproduce the original", () => {
    const { text, map } = buildExample();
    expect(text).toBe("one two three");
    expect(map.runs).toEqual([
      [0, 0, 3],
      [4, 5, 4],
      [8, 10, 5],
    ]);
    for (const [norm, orig, length] of map.runs) {
      expect(text.slice(norm, norm + length)).toBe(ORIGINAL.slice(orig, orig + length));
    }
  });

  it("needs no anchor for an inserted character that stands where the previous run ends", () => {
    expect(buildExample().map.anchors).toEqual([]);
  });

  it("records an anchor for an inserted character that stands elsewhere", () => {
    // "a", one of the two spaces, then "•" standing for the private-use bullet at 3.
    const original = "a  \uF0B7b";
    const builder = new MappedTextBuilder();
    builder.copy(original, 0, 2).insert("•", 3).copy(original, 4, 5);
    const map = buildOffsetMap(builder.build(), original.length);
    expect(map.anchors).toEqual([[2, 3, 1]]);
    expect(toOriginalOffset(map, 2)).toBe(3);
  });

  it("clamps a carelessly anchored insertion so the map stays monotone", () => {
    const original = "abcdef";
    const builder = new MappedTextBuilder();
    builder.copy(original, 0, 3).insert("-", 0).copy(original, 4, 6);
    const map = buildOffsetMap(builder.build(), original.length);
    expect(toOriginalOffset(map, 3)).toBe(3);
  });

  it("refuses copied text that goes backwards in the original", () => {
    const original = "abcdef";
    const builder = new MappedTextBuilder();
    builder.copy(original, 3, 5).copy(original, 0, 2);
    expect(() => buildOffsetMap(builder.build(), original.length)).toThrow(/out of order/);
  });
});

describe("toOriginalOffset", () => {
  it("maps a copied character to where it was copied from", () => {
    const { map } = buildExample();
    expect(toOriginalOffset(map, 4)).toBe(5); // "t" of "two"
    expect(toOriginalOffset(map, 8)).toBe(10); // "t" of "three"
  });

  it("maps the space that replaced a line break to the start of the break", () => {
    expect(toOriginalOffset(buildExample().map, 3)).toBe(3);
  });

  it("maps the end of the text to the end of the last copied character", () => {
    const { text, map } = buildExample();
    expect(toOriginalOffset(map, text.length)).toBe(ORIGINAL.length);
  });

  it("clamps offsets outside the text", () => {
    const { text, map } = buildExample();
    expect(toOriginalOffset(map, -5)).toBe(0);
    expect(toOriginalOffset(map, text.length + 10)).toBe(ORIGINAL.length);
  });

  it("is monotone over every offset", () => {
    const { text, map } = buildExample();
    let previous = -1;
    for (let offset = 0; offset <= text.length; offset++) {
      const mapped = toOriginalOffset(map, offset);
      expect(mapped).toBeGreaterThanOrEqual(previous);
      previous = mapped;
    }
  });
});

describe("toOriginalRange", () => {
  it("maps a word to the same word in the original", () => {
    const { map } = buildExample();
    const range = toOriginalRange(map, 4, 7);
    expect(ORIGINAL.slice(range.start, range.end)).toBe("two");
  });

  it("ends a range spanning an inserted space just after its last copied character", () => {
    const { map } = buildExample();
    const range = toOriginalRange(map, 0, 7);
    expect(ORIGINAL.slice(range.start, range.end)).toBe("one\n\ntwo");
  });

  it("maps an empty or reversed range to an empty range at its start", () => {
    const { map } = buildExample();
    expect(toOriginalRange(map, 4, 4)).toEqual({ start: 5, end: 5 });
    expect(toOriginalRange(map, 7, 4)).toEqual({ start: 8, end: 8 });
  });
});

describe("serializeOffsetMap / parseOffsetMap", () => {
  it("round-trips through JSON", () => {
    const { map } = buildExample();
    expect(parseOffsetMap(serializeOffsetMap(map))).toEqual(map);
  });

  it("rejects text that is not JSON", () => {
    expect(() => parseOffsetMap("{runs:")).toThrow(/not JSON/);
  });

  it("rejects an unknown version", () => {
    const json = JSON.stringify({ ...buildExample().map, version: 2 });
    expect(() => parseOffsetMap(json)).toThrow(/version/);
  });

  it("rejects overlapping runs", () => {
    const json = JSON.stringify({ ...buildExample().map, runs: [[0, 0, 3], [2, 5, 4]] });
    expect(() => parseOffsetMap(json)).toThrow(/overlap/);
  });

  it("rejects a run that reaches beyond the text", () => {
    const json = JSON.stringify({ ...buildExample().map, runs: [[0, 0, 99]] });
    expect(() => parseOffsetMap(json)).toThrow(/beyond/);
  });

  it("rejects entries that are not three counts", () => {
    const json = JSON.stringify({ ...buildExample().map, anchors: [[1, 2]] });
    expect(() => parseOffsetMap(json)).toThrow(/three counts/);
  });
});

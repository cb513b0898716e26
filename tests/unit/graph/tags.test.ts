import { normaliseTags, parseTagList, readStoredTags, tagCounts } from "@/lib/graph/tags";

describe("claim tags", () => {
  it("normalises case and spacing, and drops empties and duplicates in first-given order", () => {
    expect(normaliseTags(["Land  reform", " statistics ", "land reform", "", "  "])).toEqual(["land reform", "statistics"]);
  });

  it("reads a comma-separated list as typed in the panel", () => {
    expect(parseTagList("famine, Statistics,, famine ")).toEqual(["famine", "statistics"]);
    expect(parseTagList("   ")).toEqual([]);
  });

  it("reads the stored column, treating anything malformed as no tags", () => {
    expect(readStoredTags('["a","B",3]')).toEqual(["a", "b"]);
    expect(readStoredTags("{not json")).toEqual([]);
    expect(readStoredTags('{"a":1}')).toEqual([]);
    expect(readStoredTags(null)).toEqual([]);
  });

  it("counts the claims per tag, alphabetically", () => {
    expect(tagCounts([{ tags: ["famine", "grain"] }, { tags: ["grain"] }, {}])).toEqual([
      { tag: "famine", count: 1 },
      { tag: "grain", count: 2 },
    ]);
  });
});

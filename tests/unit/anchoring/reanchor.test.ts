import { describeRange, reanchorAll, selectorsOf, toStoredAnchor, type StoredAnchor } from "@/lib/anchoring";
import { HARBOUR, INSERTED_PARAGRAPH, LIBRARY, ORCHARD, PARAGRAPH_BREAK, STORY, spanOf } from "./fixtures";

function stored(id: string, phrase: string): StoredAnchor {
  const { start, end } = spanOf(STORY, phrase);
  return toStoredAnchor(id, describeRange(STORY, start, end));
}

describe("reanchorAll (the reanchor CLI contract)", () => {
  const anchors = [
    stored("lamps", "The reading lamps made small islands"),
    stored("knife", "everything to the pruning knife"),
    stored("gulls", "Gulls argued over the nets"),
  ];

  it("prints one { id, status, start, end, score } per input anchor, in input order", () => {
    // LIBRARY (with the lamps) is gone, a paragraph is new, the gulls now quarrel.
    const harbour = HARBOUR.replace("Gulls argued over the nets", "Gulls quarrelled over the nets");
    const revised = [INSERTED_PARAGRAPH, harbour, ORCHARD].join(PARAGRAPH_BREAK);
    const records = reanchorAll(revised, anchors);
    expect(records.map((r) => r.id)).toEqual(["lamps", "knife", "gulls"]);
    expect(records[0]).toEqual({ id: "lamps", status: "orphaned", start: null, end: null, score: expect.any(Number) });
    const knife = revised.indexOf("everything to the pruning knife");
    expect(records[1]).toMatchObject({ id: "knife", status: "exact", start: knife });
    expect(records[2]).toMatchObject({ id: "gulls", status: "fuzzy", start: revised.indexOf("Gulls quarrelled") });
    for (const record of records) expect(Object.keys(record).sort()).toEqual(["end", "id", "score", "start", "status"]);
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });

  it("converts between the stored (flat) form and selectors without loss", () => {
    const selectors = describeRange(LIBRARY, 8, 19);
    const flat = toStoredAnchor("a1", selectors);
    expect(flat).toEqual({
      id: "a1",
      exact: "the library",
      prefix: "At dusk ",
      suffix: selectors.quote.suffix,
      start: 8,
      end: 19,
    });
    expect(selectorsOf(flat)).toEqual(selectors);
  });
});

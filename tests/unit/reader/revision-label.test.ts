import { describeAnchorRevision } from "@/lib/reader/revision-label";

describe("describeAnchorRevision", () => {
  it("names the revision of the passage and how many there are", () => {
    expect(describeAnchorRevision({ status: "anchored", revisionNumber: 1, madeOnRevision: 1, revisionCount: 1 })).toBe("Revision 1 of 1");
  });

  it("says where a claim was made when it has followed later revisions", () => {
    expect(describeAnchorRevision({ status: "anchored", revisionNumber: 3, madeOnRevision: 1, revisionCount: 3 })).toBe("Revision 3 of 3 · made on revision 1");
  });

  it("says an orphan is not in the current revision, and a moved passage is unconfirmed", () => {
    expect(describeAnchorRevision({ status: "orphaned", revisionNumber: 1, madeOnRevision: 1, revisionCount: 2 })).toBe(
      "Revision 1 of 2 · not found in revision 2; re-attach it in the reader",
    );
    expect(describeAnchorRevision({ status: "fuzzy", revisionNumber: 2, madeOnRevision: 1, revisionCount: 2 })).toMatch(/not yet confirmed/);
  });

  it("says nothing when the facts are missing", () => {
    expect(describeAnchorRevision({ status: "anchored" })).toBeNull();
  });
});

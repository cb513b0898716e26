import { maySeeSideBrief, sideOf, type DebateSides } from "@/lib/brief";

const debate = (revealed: boolean): DebateSides => ({
  revealed,
  sides: [
    { userId: "ana", side: "for" },
    { userId: "ben", side: "against" },
  ],
});

describe("who may see a side's brief", () => {
  it("shares a brief outside any debate with every member", () => {
    expect(maySeeSideBrief("for", null, { userId: "anyone", role: "viewer" })).toBe(true);
  });

  it("before the reveal, shows a member only the brief of their own side", () => {
    const before = debate(false);
    expect(["for", "against"].map((side) => maySeeSideBrief(side, before, { userId: "ana", role: "commenter" }))).toEqual([true, false]);
    expect(["for", "against"].map((side) => maySeeSideBrief(side, before, { userId: "ben", role: "editor" }))).toEqual([false, true]);
  });

  it("before the reveal, shows members without a side neither brief, and owners both", () => {
    const before = debate(false);
    expect(["for", "against"].map((side) => maySeeSideBrief(side, before, { userId: "cleo", role: "editor" }))).toEqual([false, false]);
    expect(["for", "against"].map((side) => maySeeSideBrief(side, before, { userId: "olga", role: "owner" }))).toEqual([true, true]);
  });

  it("after the reveal, shows both briefs to every member", () => {
    const after = debate(true);
    for (const userId of ["ana", "ben", "cleo"]) {
      expect(["for", "against"].map((side) => maySeeSideBrief(side, after, { userId, role: "viewer" }))).toEqual([true, true]);
    }
  });

  it("names the side a member argues, or none", () => {
    expect([sideOf(debate(false), "ana"), sideOf(debate(false), "ben"), sideOf(debate(false), "cleo")]).toEqual(["for", "against", null]);
  });
});

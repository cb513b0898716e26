import { canSeeStance, tallyStances, type StanceRow } from "@/lib/stances/tally";

const claims = [
  { id: "c1", text: "The state serves a class" },
  { id: "c2", text: "Reworded thesis" },
];
const rows: StanceRow[] = [
  { claimId: "c1", userId: "me", value: "agree", claimText: "The state serves a class" },
  { claimId: "c1", userId: "ann", value: "disagree", claimText: "The state serves a class" },
  { claimId: "c2", userId: "ann", value: "agree", claimText: "Original thesis" },
  { claimId: "c2", userId: "bob", value: "unsure", claimText: "Reworded thesis" },
  { claimId: "gone", userId: "bob", value: "agree", claimText: "deleted claim" },
];

describe("tallyStances", () => {
  it("counts each value, marks my own stance, and flags stances given on an earlier wording", () => {
    const tallies = tallyStances(claims, rows, { viewerId: "me", viewerIsOwner: false, blind: false });
    expect(tallies.get("c1")).toEqual({ agree: 1, disagree: 1, unsure: 0, hidden: false, stale: 0, mine: { value: "agree", stale: false, judgedText: "The state serves a class" } });
    expect(tallies.get("c2")).toMatchObject({ agree: 1, unsure: 1, stale: 1, mine: null, hidden: false });
    expect(tallies.has("gone")).toBe(false);
  });

  it("in blind mode hides others' stances where I have not marked mine, except from owners", () => {
    const blind = tallyStances(claims, rows, { viewerId: "me", viewerIsOwner: false, blind: true });
    expect(blind.get("c1")).toMatchObject({ agree: 1, disagree: 1, hidden: false });
    expect(blind.get("c2")).toEqual({ agree: 0, disagree: 0, unsure: 0, stale: 0, hidden: true, mine: null });
    const leader = tallyStances(claims, rows, { viewerId: "me", viewerIsOwner: true, blind: true });
    expect(leader.get("c2")).toMatchObject({ agree: 1, unsure: 1, hidden: false });
  });

  it("canSeeStance follows the same rule for single cells of the overview", () => {
    const member = { viewerId: "me", viewerIsOwner: false, blind: true };
    expect(canSeeStance(member, "ann", false)).toBe(false);
    expect(canSeeStance(member, "ann", true)).toBe(true);
    expect(canSeeStance(member, "me", false)).toBe(true);
    expect(canSeeStance({ ...member, viewerIsOwner: true }, "ann", false)).toBe(true);
    expect(canSeeStance({ ...member, blind: false }, "ann", false)).toBe(true);
  });
});

import { groupBaseScores, memberBaseScores, ownStances, parsePerspective, perspectiveParam } from "@/lib/stances/perspective";
import type { StanceTally } from "@/lib/stances/tally";

const tally = (over: Partial<StanceTally>): StanceTally => ({ agree: 0, disagree: 0, unsure: 0, hidden: false, stale: 0, mine: null, ...over });

describe("base scores from stances", () => {
  it("the group: the share that agree among those who marked the claim; unmarked and hidden claims 0.5", () => {
    const scores = groupBaseScores([
      { id: "split", stances: tally({ agree: 1, disagree: 2, unsure: 1 }) },
      { id: "all-agree", stances: tally({ agree: 3 }) },
      { id: "unmarked", stances: tally({}) },
      { id: "blind", stances: tally({ hidden: true }) },
    ]);
    expect(Object.fromEntries(scores.base)).toEqual({ split: 0.25, "all-agree": 1, unmarked: 0.5, blind: 0.5 });
    expect(scores.judged).toBe(2);
    expect(scores.hidden).toBe(1);
  });

  it("one member: agree high, disagree low, unsure, none and withheld 0.5", () => {
    const scores = memberBaseScores(
      ["a", "d", "u", "none", "withheld"],
      new Map([["a", "agree"], ["d", "disagree"], ["u", "unsure"], ["withheld", "hidden"]] as const),
    );
    expect(Object.fromEntries(scores.base)).toEqual({ a: 0.9, d: 0.1, u: 0.5, none: 0.5, withheld: 0.5 });
    expect(scores.judged).toBe(3);
    expect(scores.hidden).toBe(1);
  });

  it("reads the viewer's own stances from the map payload", () => {
    const mine = ownStances([
      { id: "x", stances: tally({ agree: 2, mine: { value: "disagree", stale: false, judgedText: "x" } }) },
      { id: "y", stances: tally({ agree: 2 }) },
    ]);
    expect([...mine]).toEqual([["x", "disagree"]]);
  });
});

describe("perspective in the URL", () => {
  it("round-trips and falls back to neutral on anything else", () => {
    for (const p of [{ kind: "neutral" }, { kind: "group" }, { kind: "member", memberId: "cm9abc_1-x" }] as const) {
      expect(parsePerspective(perspectiveParam(p))).toEqual(p);
    }
    expect(parsePerspective("member:")).toEqual({ kind: "neutral" });
    expect(parsePerspective("member:a b")).toEqual({ kind: "neutral" });
    expect(parsePerspective(null)).toEqual({ kind: "neutral" });
  });
});

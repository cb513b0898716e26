import { briefToMarkdown, computeBrief, drillOrder, drillSummary, type ComputedBrief } from "../../../lib/brief";
import { claim, edge, map, MEANEY, PARAGRAPHS, POST } from "./fixtures";

const sample = computeBrief({
  map: map(
    [claim("T", "# Mao-era China was not *orthodox*", { source: MEANEY, start: 150 }), claim("P", "It was Stalinism", { source: POST, start: 20 }), claim("R", "Elites were remoulded"), claim("S", "Unanswered support")],
    [edge("p-t", "oppose", "P", "T", { source: MEANEY, start: 30 }), edge("r-p", "oppose", "R", "P"), edge("s-p", "support", "S", "P")],
  ),
  thesisId: "T",
  side: "against",
  semantics: "dfquad",
  paragraphs: PARAGRAPHS,
}) as ComputedBrief;

describe("the Markdown export", () => {
  const markdown = briefToMarkdown(sample, { title: "Against: not orthodox", timeLimitMinutes: 5, asOf: new Date("2026-11-23T16:00:00Z") });

  it("has the four sections, the summary line and the speech time", () => {
    expect(markdown).toMatch(/^# Against: not orthodox\n/);
    for (const heading of ["## The case", "## Objections to expect", "## Gaps", "## Bibliography"]) expect(markdown).toContain(`\n${heading}\n`);
    expect(markdown).toContain(`**Where the motion stands:** ${sample.summary.line}`);
    expect(markdown).toContain("**Speech:** 5 min");
    expect(markdown).toContain("2026-11-23 16:00 UTC");
  });

  it("escapes claim text so it cannot turn into markup, and cites in the brief's style", () => {
    expect(markdown).toContain("**Motion:** \\# Mao-era China was not \\*orthodox\\*");
    expect(markdown).toContain("“words of P” — Post (2021), *Maoism and Stalinism*, ¶\u00a01");
    expect(markdown).toContain("- Meaney (1987). *Stability and the Industrial Elite*.\n- Post (2021). *Maoism and Stalinism*.");
  });

  it("puts each objection's rebuttals under it and names unanswered ones", () => {
    const objections = markdown.slice(markdown.indexOf("## Objections to expect"), markdown.indexOf("## Gaps"));
    expect(objections).toMatch(/\*\*Elites were remoulded\*\*[\s\S]*No rebuttal on the map/);
    expect(markdown.slice(markdown.indexOf("## Gaps"))).toContain("- Unanswered objection: Elites were remoulded");
  });
});

describe("the drill", () => {
  const objections = ["a", "b", "c", "d", "e", "f"].map((id) => ({ objection: { id, text: id } as ComputedBrief["case"][number], rebuttals: [] }));

  it("deals the objections strongest first, or shuffled the same way for the same seed", () => {
    expect(drillOrder(objections, "strongest")).toEqual(["a", "b", "c", "d", "e", "f"]);
    const shuffled = drillOrder(objections, "shuffled", 42);
    expect([...shuffled].sort()).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(shuffled).toEqual(drillOrder(objections, "shuffled", 42));
    expect(shuffled).not.toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("says which objections the drill answered", () => {
    const rebuttal = { id: "r" } as ComputedBrief["objections"][number]["rebuttals"][number];
    const before = [{ objection: objections[0]!.objection, rebuttals: [] }, { objection: objections[1]!.objection, rebuttals: [rebuttal] }, { objection: objections[2]!.objection, rebuttals: [] }];
    const after = [{ objection: objections[0]!.objection, rebuttals: [rebuttal] }, { objection: objections[1]!.objection, rebuttals: [rebuttal, rebuttal] }, { objection: objections[2]!.objection, rebuttals: [] }];
    expect(drillSummary(before, after).map((o) => o.status)).toEqual(["answered-now", "already-answered", "unanswered"]);
  });
});

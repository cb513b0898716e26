import { passageContext, rankCandidates, sentenceKey, suggestClaims } from "@/lib/suggest";
import { doc } from "./doc";

// A small essay: the thesis is stated in the introduction with "I argue" and restated in the
// conclusion with "therefore"; the middle narrates.
const ESSAY = doc([
  { heading: "Introduction" },
  "The factories of Shanghai changed hands many times after 1949. I argue that the party committees, not the managers, held real power in the factories.",
  { heading: "The record" },
  "In 1953 the ministry sent new managers to the largest mills. The managers kept the accounts and signed the orders each month. Some of them had trained in Moscow before the war. Workers in the mills remembered them as distant figures in the offices.",
  "The committees met every week in the factory hall to discuss the plan. Was the plan ever questioned by the workers at those meetings?",
  "The weather that winter was cold and the rivers froze near the docks. Coal was short in every district of the city for several weeks.",
  { heading: "Conclusion" },
  "The party committees therefore decided every question of weight in the factories, and the managers only carried out their decisions.",
]);

const sentences = (list: { sentence: string }[]) => list.map((s) => s.sentence);

describe("ranking claim suggestions", () => {
  it("puts the thesis and the conclusion above narration, with their reasons in words", () => {
    const top = suggestClaims({ ...ESSAY, limit: 3 });
    expect(sentences(top)).toEqual(
      expect.arrayContaining([
        "I argue that the party committees, not the managers, held real power in the factories.",
        "The party committees therefore decided every question of weight in the factories, and the managers only carried out their decisions.",
      ]),
    );
    const conclusion = top.find((s) => s.sentence.startsWith("The party committees therefore"))!;
    expect(conclusion.reasons).toEqual(expect.arrayContaining(["conclusion section", "“therefore”"]));
    const thesis = top.find((s) => s.sentence.startsWith("I argue"))!;
    expect(thesis.reasons).toEqual(expect.arrayContaining(["introduction section", "“I argue”"]));
    // Narration about the weather is never above the claims.
    const all = sentences(rankCandidates(ESSAY.text, ESSAY.paragraphs));
    expect(all.indexOf("The weather that winter was cold and the rivers froze near the docks.")).toBeGreaterThan(all.indexOf(thesis.sentence));
  });

  it("never suggests questions or fragments", () => {
    const all = sentences(rankCandidates(ESSAY.text, ESSAY.paragraphs));
    expect(all.some((s) => s.endsWith("?"))).toBe(false);
    expect(all.every((s) => s.split(" ").length >= 8)).toBe(true);
  });

  it("ranks a sentence higher when the same words stand in the conclusion than in the middle", () => {
    const claim = "The reform of the wage system weakened the position of the skilled workers in the mills.";
    const filler = "Prices rose slowly in the spring of that year across the region.";
    const middle = doc([{ heading: "Introduction" }, filler, { heading: "Wages" }, `${filler} ${claim} ${filler}`, filler, { heading: "Conclusion" }, filler]);
    const end = doc([{ heading: "Introduction" }, filler, { heading: "Wages" }, filler, filler, { heading: "Conclusion" }, `${filler} ${claim} ${filler}`]);
    const score = (d: typeof middle) => rankCandidates(d.text, d.paragraphs).find((s) => s.sentence === claim)!.score;
    expect(score(end)).toBeGreaterThan(score(middle));
  });

  it("leaves out sentences already claimed and sentences dismissed, whatever their spacing or case", () => {
    const thesisStart = ESSAY.text.indexOf("I argue");
    const claimed = [{ start: thesisStart + 10, end: thesisStart + 30 }];
    const dismissed = new Set([sentenceKey("the party committees   THEREFORE decided every question of weight in the factories, and the managers only carried out their decisions.")]);
    const list = sentences(suggestClaims({ ...ESSAY, claimed, dismissed, limit: 20 }));
    expect(list.some((s) => s.startsWith("I argue"))).toBe(false);
    expect(list.some((s) => s.startsWith("The party committees therefore"))).toBe(false);
    expect(list.length).toBeGreaterThan(0);
  });

  it("takes at most two sentences from one paragraph", () => {
    const list = suggestClaims({ ...ESSAY, limit: 20 });
    const counts = new Map<number, number>();
    for (const s of list) counts.set(s.paragraph, (counts.get(s.paragraph) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(list.filter((s) => s.paragraph === 3)).toHaveLength(2);
  });

  it("gives offsets that are exactly the sentence in the text", () => {
    for (const s of suggestClaims({ ...ESSAY, limit: 20 })) expect(ESSAY.text.slice(s.start, s.end)).toBe(s.sentence);
  });
});

describe("a suggestion's context", () => {
  it("shows a little of its paragraph around it, cut at words, with ellipses where it was cut", () => {
    const paragraph = ESSAY.paragraphs[3]!;
    const sentence = "The managers kept the accounts and signed the orders each month.";
    const start = ESSAY.text.indexOf(sentence);
    const { before, after } = passageContext(ESSAY.text, { start, end: start + sentence.length }, paragraph, 30);
    expect(before.startsWith("…")).toBe(true);
    expect(ESSAY.text.slice(paragraph.start, start).endsWith(before.slice(1))).toBe(true);
    expect(after.endsWith("…")).toBe(true);
    expect(after.startsWith(" Some of them")).toBe(true);
    const whole = passageContext(ESSAY.text, { start, end: start + sentence.length }, paragraph, 10_000);
    expect(whole.before.startsWith("In 1953")).toBe(true);
    expect(whole.after.endsWith("offices.")).toBe(true);
  });
});

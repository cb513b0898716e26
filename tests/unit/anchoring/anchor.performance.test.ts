import { describeRange, reanchorAll, toStoredAnchor, type StoredAnchor } from "@/lib/anchoring";
import { applyEdits, randomInt, seededRandom, type Edit } from "./revision";

/**
 * A book-sized text revised a little (a paragraph inserted near the start, one
 * deleted, typos fixed inside a few quotes, a few lines re-flowed) must
 * re-anchor 100 claims well under a second in total.
 */
const TEXT_SIZE = 400_000;
const ANCHORS = 100;
const BUDGET_MS = 1_000;
const VOCABULARY = (
  "harbour gull lantern quay storm ferry tide net rope salt morning evening orchard apple pruning knife aunt uncle " +
  "debate soil fruit library lamp island certainty clerk pilot chart water shallow page counsel town night slept " +
  "remember needed argued counted slipped resumed held owes concede inch fell unremarked between kept made moved trusts"
).split(" ");
const FUNCTION_WORDS = "the a of and in to as if who had not was its that while we us".split(" ");

function syntheticBook(random: () => number): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < TEXT_SIZE) {
    const sentences: string[] = [];
    for (let s = randomInt(random, 3, 7); s > 0; s--) {
      const words: string[] = [];
      for (let w = randomInt(random, 8, 22); w > 0; w--) {
        const pool = random() < 0.4 ? FUNCTION_WORDS : VOCABULARY;
        words.push(pool[randomInt(random, 0, pool.length - 1)]!);
      }
      const sentence = words.join(" ");
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1) + ".");
    }
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join("\n\n");
}

describe("anchor performance", () => {
  it(`re-anchors ${ANCHORS} claims in a ${TEXT_SIZE / 1000} KB text revised a little in under ${BUDGET_MS} ms`, () => {
    const random = seededRandom(7);
    const old = syntheticBook(random);
    const spans = Array.from({ length: ANCHORS }, () => {
      const start = old.indexOf(" ", randomInt(random, 2_000, old.length - 400)) + 1;
      const end = old.indexOf(" ", start + randomInt(random, 40, 250));
      return { start, end };
    });
    const anchors: StoredAnchor[] = spans.map((s, i) => toStoredAnchor(`a${i}`, describeRange(old, s.start, s.end)));

    const firstBreak = old.indexOf("\n\n", 500);
    const secondParagraph = { start: firstBreak + 2, end: old.indexOf("\n\n", firstBreak + 2) + 2 };
    const edits: Edit[] = [
      { from: 0, to: 0, insert: "A new preface, written for this edition, opens the book.\n\n" },
      { from: secondParagraph.start, to: secondParagraph.end, insert: "" },
    ];
    // Typos fixed inside every tenth quote, a line re-flowed inside every seventh.
    spans.forEach((s, i) => {
      const at = s.start + 10;
      if (i % 10 === 0 && /[a-z]/.test(old[at]!)) edits.push({ from: at, to: at + 1, insert: old[at] === "e" ? "a" : "e" });
      const space = old.indexOf(" ", s.start + 20);
      if (i % 7 === 3 && space < s.end - 1 && !edits.some((e) => e.from <= space && space < e.to + 1)) {
        edits.push({ from: space, to: space + 1, insert: "\n" });
      }
    });
    const unique = edits.filter((e, i) => !edits.some((o, j) => j < i && o.from < e.to + 1 && e.from < o.to + 1));
    const revision = applyEdits(old, unique);

    const started = performance.now();
    const records = reanchorAll(revision.text, anchors);
    const elapsed = performance.now() - started;
    const size = (revision.text.length / 1000).toFixed(0);
    console.log(`anchoring performance: ${ANCHORS} anchors in ${size} KB: ${elapsed.toFixed(0)} ms`);

    const statuses = records.map((r) => r.status);
    expect(statuses.filter((s) => s === "orphaned")).toEqual([]);
    records.forEach((r, i) => {
      const expected = revision.mapSpan(spans[i]!.start, spans[i]!.end)!;
      expect([r.start, r.end]).toEqual([expected.start, expected.end]);
    });
    expect(elapsed).toBeLessThan(BUDGET_MS);
  });
});

import * as fs from "fs";
import * as path from "path";
import { DEMO_CLAIMS, DEMO_SOURCES } from "@/prisma/demo/demo-map";
import { DEFAULT_MIN_SCORE, rankEquivalentClaims } from "@/lib/suggest/equivalent-claims";

const mapClaims = DEMO_CLAIMS.map((c) => ({ id: c.key, text: c.text }));

describe("rankEquivalentClaims on the demo map's claims", () => {
  it("puts the claim a new wording paraphrases first, above claims on the same topic", () => {
    // Our own rewordings of three claims of the map; each shares its topic with several other claims.
    const cases: [string, string][] = [
      ["China under Mao and the USSR under Stalin were societies of one and the same sort", "post-same-as-stalin"],
      ["People remembered the Cultural Revolution above all as chaos (luan)", "meaney-luan"],
      ["Only the masses make history, so only they can make a revolution", "massline-makers-of-history"],
    ];
    for (const [wording, expected] of cases) {
      const ranked = rankEquivalentClaims(wording, mapClaims);
      expect({ wording, first: ranked[0]?.id }).toEqual({ wording, first: expected });
      expect(ranked[0]!.score).toBeGreaterThan(ranked[1]?.score ?? 0);
    }
  });

  it("explains a suggestion by the words both share, rarest first, and offers nothing for unrelated words", () => {
    const [top] = rankEquivalentClaims("Maoist factory coercion was a variant of Stalinism", mapClaims);
    expect(top!.id).toBe("meaney-variant-of-stalinism");
    expect(top!.shared).toEqual(expect.arrayContaining(["variant", "coercion", "factory"]));
    expect(rankEquivalentClaims("Photosynthesis converts sunlight into sugar in green leaves", mapClaims)).toEqual([]);
    expect(rankEquivalentClaims("the and of it", mapClaims)).toEqual([]);
    expect(rankEquivalentClaims("Stalin", [])).toEqual([]);
  });

  it("keeps to the limit and the threshold, best first", () => {
    const ranked = rankEquivalentClaims("mass organizations Cultural Revolution masses Party", mapClaims, { limit: 3 });
    expect(ranked.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    for (const hit of ranked) expect(hit.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
  });
});

/**
 * The real test: the sentence of the text each claim is anchored in, against every claim of the map.
 * A claim is our paraphrase of its sentence, so it should come first, or nearly, among 50 claims that
 * share authors, topics and vocabulary. Reads the corpus at test time (never copied into the project).
 */
const CORPUS_DIR = path.resolve(__dirname, "../../../../shared/corpus");
const available = fs.existsSync(CORPUS_DIR);
if (!available) console.warn(`Equivalent-claim corpus test skipped: ${CORPUS_DIR} does not exist.`);
(available ? describe : describe.skip)("rankEquivalentClaims against the corpus sentences the claims paraphrase", () => {
  it("ranks a claim's own sentence's paraphrase first for most claims and in the top three for nearly all", () => {
    const texts = new Map(DEMO_SOURCES.map((s) => [s.key, fs.readFileSync(path.join(CORPUS_DIR, s.file), "utf8").replace(/\s+/g, " ")]));
    const positions: number[] = [];
    for (const claim of DEMO_CLAIMS) {
      if (!claim.quote || !claim.source) continue;
      const text = texts.get(claim.source)!;
      const at = text.indexOf(claim.quote.replace(/\s+/g, " "));
      expect({ claim: claim.key, found: at >= 0 }).toEqual({ claim: claim.key, found: true });
      const start = text.lastIndexOf(". ", at) + 2;
      const stop = text.indexOf(". ", at + claim.quote.length);
      const sentence = text.slice(Math.max(0, start), stop < 0 ? undefined : stop + 1);
      const ranked = rankEquivalentClaims(sentence, mapClaims, { limit: mapClaims.length, minScore: 0 });
      positions.push(ranked.findIndex((r) => r.id === claim.key));
    }
    const share = (within: number) => positions.filter((p) => p >= 0 && p < within).length / positions.length;
    console.log(`Equivalent-claim scorer on ${positions.length} corpus sentences: ${(share(1) * 100).toFixed(0)}% first, ${(share(3) * 100).toFixed(0)}% in the top three`);
    expect(positions.length).toBeGreaterThanOrEqual(40);
    // Measured 76% and 90% (39 and 46 of 51); the bounds leave room for rewording a claim or two.
    expect(share(1)).toBeGreaterThanOrEqual(0.7);
    expect(share(3)).toBeGreaterThanOrEqual(0.85);
  });
});

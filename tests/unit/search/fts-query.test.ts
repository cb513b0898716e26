import { HIT_CLOSE, HIT_OPEN, MAX_QUERY_TERMS, parseSearchQuery, splitSnippet } from "@/lib/search/fts-query";

describe("parseSearchQuery", () => {
  it("quotes every word and ANDs them, the last one also as a prefix while typing", () => {
    expect(parseSearchQuery("mass line")).toEqual({ match: '"mass" "line"*', terms: ["mass", "line"] });
    expect(parseSearchQuery("mass line ")).toEqual({ match: '"mass" "line"', terms: ["mass", "line"] });
  });

  it("keeps text in double quotes as a phrase, and an unclosed quote runs to the end", () => {
    expect(parseSearchQuery('"mass line" Mao').match).toBe('"mass line" "Mao"*');
    expect(parseSearchQuery('Mao "mass line').match).toBe('"Mao" "mass line"');
  });

  it.each([
    ["FTS operators", "state AND NOT (class OR", '"state" "AND" "NOT" "class" "OR"*'],
    ["column filters and stars", "text:state* ^great", '"text" "state" "great"*'],
    ["a stray quote", 'revolution"', '"revolution"'],
    ["NEAR syntax", "NEAR(a b, 3)", '"NEAR" "a" "b" "3"'],
    ["hyphens and plus signs", "-state +class", '"state" "class"*'],
  ])("turns %s into plain quoted words", (_, input, match) => {
    expect(parseSearchQuery(input).match).toBe(match);
  });

  it("keeps letters of any script and apostrophes inside words", () => {
    expect(parseSearchQuery("Mao's Zedong 毛泽东 élan").terms).toEqual(["Mao's", "Zedong", "毛泽东", "élan"]);
  });

  it("gives no query for input without words", () => {
    expect(parseSearchQuery("  ** () \"\" ")).toEqual({ match: null, terms: [] });
    expect(parseSearchQuery("")).toEqual({ match: null, terms: [] });
  });

  it("stops at a bounded number of terms", () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    expect(parseSearchQuery(many).terms).toHaveLength(MAX_QUERY_TERMS);
  });
});

describe("splitSnippet", () => {
  it("splits a marked snippet into plain and highlighted pieces", () => {
    expect(splitSnippet(`…the ${HIT_OPEN}mass${HIT_CLOSE} line and the ${HIT_OPEN}masses${HIT_CLOSE}.`)).toEqual([
      { text: "…the ", hit: false },
      { text: "mass", hit: true },
      { text: " line and the ", hit: false },
      { text: "masses", hit: true },
      { text: ".", hit: false },
    ]);
  });

  it("leaves markup in the text as text", () => {
    expect(splitSnippet(`<script>${HIT_OPEN}x${HIT_CLOSE}</script>`)).toEqual([
      { text: "<script>", hit: false },
      { text: "x", hit: true },
      { text: "</script>", hit: false },
    ]);
  });
});

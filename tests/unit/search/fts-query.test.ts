import {
  ellipsizeFragment,
  HIT_CLOSE,
  HIT_OPEN,
  MAX_QUERY_TERMS,
  PARSER_MARKUP,
  PARSER_STAND_INS,
  parseSearchQuery,
  restoreParserMarkup,
  splitSnippet,
} from "@/lib/search/fts-query";

describe("parseSearchQuery", () => {
  it("quotes every word and ANDs them, the last one also as a prefix while typing", () => {
    expect(parseSearchQuery("mass line")).toMatchObject({ match: '"mass" "line"*', terms: ["mass", "line"] });
    expect(parseSearchQuery("mass line ")).toMatchObject({ match: '"mass" "line"', terms: ["mass", "line"] });
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
    expect(parseSearchQuery("  ** () \"\" ")).toEqual({ match: null, tsquery: null, terms: [] });
    expect(parseSearchQuery("")).toEqual({ match: null, tsquery: null, terms: [] });
  });

  it("stops at a bounded number of terms", () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ");
    expect(parseSearchQuery(many).terms).toHaveLength(MAX_QUERY_TERMS);
  });
});

describe("parseSearchQuery for PostgreSQL (to_tsquery input)", () => {
  it("ANDs quoted words, the last one also as a prefix while typing, as for FTS5", () => {
    expect(parseSearchQuery("mass line").tsquery).toBe("'mass' & 'line':*");
    expect(parseSearchQuery("mass line ").tsquery).toBe("'mass' & 'line'");
  });

  it("writes a quoted phrase as words that follow each other, never as a prefix", () => {
    expect(parseSearchQuery('"mass line" Mao').tsquery).toBe("('mass' <-> 'line') & 'Mao':*");
    expect(parseSearchQuery('Mao "mass line').tsquery).toBe("'Mao' & ('mass' <-> 'line')");
    expect(parseSearchQuery('"line"').tsquery).toBe("'line'");
  });

  it("doubles apostrophes inside words so a lexeme cannot end early", () => {
    expect(parseSearchQuery("Mao's ").tsquery).toBe("'Mao''s'");
    expect(parseSearchQuery("it''s").tsquery).toBe("'it' & 's':*");
  });

  it.each([
    ["tsquery operators", "state & !class | (party", "'state' & 'class' & 'party':*"],
    ["phrase and prefix syntax", "a <-> b:* c:A", "'a' & 'b' & 'c' & 'A':*"],
    ["FTS operators", "state AND NOT (class OR", "'state' & 'AND' & 'NOT' & 'class' & 'OR':*"],
    ["backslashes", "\\state\\", "'state'"],
  ])("turns %s into plain quoted words", (_, input, tsquery) => {
    expect(parseSearchQuery(input).tsquery).toBe(tsquery);
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

describe("PostgreSQL snippets", () => {
  it("puts back the markup the parser was shown stand-ins for", () => {
    const headline = `${PARSER_STAND_INS[0]}script>${HIT_OPEN}alert${HIT_CLOSE}(1) AT${PARSER_STAND_INS[1]}T`;
    expect(restoreParserMarkup(headline)).toBe(`<script>${HIT_OPEN}alert${HIT_CLOSE}(1) AT&T`);
    expect(PARSER_STAND_INS).toHaveLength(PARSER_MARKUP.length);
  });

  it("marks where a fragment cuts words off its paragraph, and puts back trimmed punctuation", () => {
    const paragraph = "One two three. The mass line is a method. Four five six.";
    expect(ellipsizeFragment(`The ${HIT_OPEN}mass${HIT_CLOSE} line is a method`, paragraph)).toBe(`…The ${HIT_OPEN}mass${HIT_CLOSE} line is a method…`);
    expect(ellipsizeFragment(`One two three. The ${HIT_OPEN}mass${HIT_CLOSE}`, paragraph)).toBe(`One two three. The ${HIT_OPEN}mass${HIT_CLOSE}…`);
    expect(ellipsizeFragment(`method. Four five six`, paragraph)).toBe("…method. Four five six.");
    expect(ellipsizeFragment(`Quoted`, "“Quoted.”")).toBe("“Quoted.”");
    expect(ellipsizeFragment(paragraph, paragraph)).toBe(paragraph);
  });

  it("leaves a fragment that is not a stretch of the paragraph as it is", () => {
    expect(ellipsizeFragment("elsewhere", "One two three.")).toBe("elsewhere");
    expect(ellipsizeFragment("", "One two three.")).toBe("");
  });
});

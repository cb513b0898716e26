import { decideLineJoin, splitsWordsWithoutHyphen } from "@/lib/text/dehyphenate";
import { buildVocabulary } from "@/lib/text/vocabulary";

// Lines of a small document whose own vocabulary drives the decisions. The words in question
// occur inside lines here, where they cannot be halves of a split.
const DOCUMENT = [
  "We held many interviews with the bakers and the interviews ran long.",
  "The guild showed its conservatism often; such conservatism was its way.",
  "It was apparent to all and the apparent cause was money in the end.",
  "The co-ownership of ovens and the co-ownership of mills came first.",
  "They wanted a new oven and a new hall and a new start with a new guild.",
  "It was a professional body of professional bakers in a small town.",
  "Some of the readings were unobtainable for the bakers then and later.",
  "They began anew each spring, and the guild became rich and then became poor.",
  "It would be hard to say; the flood came late and it came hard that year.",
];

const vocabulary = buildVocabulary(DOCUMENT);

describe("decideLineJoin", () => {
  it("re-joins a word split across a line end when the document uses it whole", () => {
    expect(decideLineJoin("Some of the inter", "views were recorded", vocabulary, true)).toBe("rejoin");
    expect(decideLineJoin("the conser", "vatism of the masters", vocabulary, true)).toBe("rejoin");
    expect(decideLineJoin("it was ap", "parent to everyone", vocabulary, true)).toBe("rejoin");
  });

  it("keeps a real hyphenated compound that the document spells with its hyphen", () => {
    expect(decideLineJoin("about the co-", "ownership of the ovens", vocabulary, true)).toBe("keep-hyphen");
  });

  it("keeps a suspended hyphen and the space after it", () => {
    expect(decideLineJoin("counted first-", "and second-generation bakers", vocabulary, true)).toBe("keep-hyphen-space");
  });

  it("drops the hyphen of a word split with a hyphen when the document uses the word whole", () => {
    expect(decideLineJoin("a profes-", "sional body", vocabulary, true)).toBe("drop-hyphen");
  });

  it("keeps a hyphen before a capital or a digit", () => {
    expect(decideLineJoin("the anti-", "Soviet line", vocabulary, true)).toBe("keep-hyphen");
    expect(decideLineJoin("in the post-", "1949 years", vocabulary, true)).toBe("keep-hyphen");
  });

  it("keeps a hyphen whose halves are not fragments of document words", () => {
    expect(decideLineJoin("the self-", "importance of masters", vocabulary, true)).toBe("keep-hyphen");
  });

  it("keeps two words apart when the document uses the pair more than the joined word", () => {
    expect(vocabulary.count("anew")).toBe(1);
    expect(decideLineJoin("they wanted a", "new oven", vocabulary, true)).toBe("space");
  });

  it("joins two words when the document uses the joined word more than the pair", () => {
    expect(vocabulary.count("be")).toBeGreaterThan(0);
    expect(decideLineJoin("the guild be", "came rich", vocabulary, true)).toBe("rejoin");
  });

  it("joins two fragments when one begins a longer word of the document, though the whole word is new", () => {
    // "unobjectionable" occurs nowhere, but "unob" starts "unobtainable" and is no word itself.
    expect(vocabulary.count("unobjectionable")).toBe(0);
    expect(decideLineJoin("the readings were unob", "jectionable then", vocabulary, true)).toBe("rejoin");
  });

  it("keeps two rare words apart when neither begins or ends a document word", () => {
    expect(decideLineJoin("an illicit", "romance", vocabulary, true)).toBe("space");
  });

  it("never joins at a plain line end when the document does not split words", () => {
    expect(decideLineJoin("Some of the inter", "views were recorded", vocabulary, false)).toBe("space");
  });

  it("puts back a hyphen the extractor dropped when only the hyphenated compound occurs", () => {
    expect(decideLineJoin("about the co", "ownership of ovens", vocabulary, true)).toBe("insert-hyphen");
  });

  it("joins at a soft hyphen and at an unspaced dash", () => {
    expect(decideLineJoin("infor\u00AD", "mation", vocabulary, false)).toBe("rejoin");
    expect(decideLineJoin("the bakers—", "and their masters", vocabulary, false)).toBe("dash");
    expect(decideLineJoin("the bakers —", "and their masters", vocabulary, false)).toBe("space");
  });

  it("keeps the hyphen of a number range broken at a line end", () => {
    expect(decideLineJoin("in the years 1949-", "52 the guild", vocabulary, true)).toBe("keep-hyphen");
  });
});

describe("splitsWordsWithoutHyphen", () => {
  it("finds evidence in line ends whose halves make a document word", () => {
    const pairs: [string, string][] = [
      ["Some of the inter", "views were"],
      ["the conser", "vatism of"],
      ["it was ap", "parent to"],
      ["the bakers", "worked"],
    ];
    expect(splitsWordsWithoutHyphen(pairs, vocabulary)).toBe(true);
  });

  it("finds none in a text that only breaks lines between words", () => {
    const pairs: [string, string][] = [
      ["the rubber", "stamp of"],
      ["photo", "opportunity"],
      ["they held", "rallies"],
      ["greatly", "enhanced"],
    ];
    expect(splitsWordsWithoutHyphen(pairs, vocabulary)).toBe(false);
  });
});

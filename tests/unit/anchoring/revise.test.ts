import { countRevisedAnchors, describeRange, needsReview, reviseAnchors, type RevisableAnchor } from "@/lib/anchoring";

const OLD = [
  "The first paragraph says that the state is an instrument of the ruling class and nothing besides.",
  "The second paragraph, which the editor will delete, holds that reform is impossible within it.",
  "The third paragraph argues that revolution must come from the massses and not from a vanguard party.",
].join("\n\n");
const NEW = [
  "The first paragraph says that the state is an instrument of the ruling class and nothing besides.",
  "The third paragraph argues that revolution must come from the masses and not from a vanguard party.",
].join("\n\n");

function stored(id: string, text: string, words: string, extra: Partial<RevisableAnchor> = {}): RevisableAnchor {
  const start = text.indexOf(words);
  const { quote, position } = describeRange(text, start, start + words.length);
  return { id, ...quote, ...position, status: "anchored", score: 1, previousExact: null, ...extra };
}

describe("reviseAnchors", () => {
  const kept = stored("kept", OLD, "the state is an instrument of the ruling class");
  const deleted = stored("deleted", OLD, "reform is impossible within it");
  const typo = stored("typo", OLD, "revolution must come from the massses and not from a vanguard party");

  it("re-anchors exact words with fresh context, moves a typo fix as fuzzy with the old quote, orphans deleted words", () => {
    const [a, b, c] = reviseAnchors(NEW, [kept, deleted, typo]);
    expect(a).toMatchObject({ id: "kept", status: "anchored", exact: kept.exact, previousExact: null });
    expect(a!.status !== "orphaned" && NEW.slice(a!.start, a!.end)).toBe(kept.exact);
    expect(b).toEqual({ id: "deleted", status: "orphaned", score: expect.any(Number) });
    expect(c).toMatchObject({ id: "typo", status: "fuzzy", exact: "revolution must come from the masses and not from a vanguard party", previousExact: typo.exact });
    expect(countRevisedAnchors([a!, b!, c!])).toEqual({ exact: 1, fuzzy: 1, orphaned: 1 });
  });

  it("keeps an unconfirmed move unconfirmed, with its first quote, even when the next revision finds its words verbatim", () => {
    const moved = stored("moved", NEW, "revolution must come from the masses and not from a vanguard party", { status: "fuzzy", score: 0.8, previousExact: "the original words" });
    const [r] = reviseAnchors(NEW, [moved]);
    expect(r).toMatchObject({ status: "fuzzy", score: 0.8, previousExact: "the original words" });
  });

  it("places an orphan again when its words come back", () => {
    const orphan = { ...deleted, status: "orphaned" };
    expect(reviseAnchors(OLD, [orphan])[0]).toMatchObject({ status: "anchored", exact: deleted.exact });
  });
});

describe("needsReview", () => {
  it("lists orphans and middling moves, not near-certain ones or exact ones", () => {
    expect(needsReview("orphaned", 0)).toBe(true);
    expect(needsReview("fuzzy", 0.7)).toBe(true);
    expect(needsReview("fuzzy", 0.97)).toBe(false);
    expect(needsReview("anchored", 1)).toBe(false);
  });
});

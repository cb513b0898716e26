import { SCHEMES, SCHEME_IDS, criticalQuestion, questionKey, questionOfKey, questionStatuses, schemeById } from "@/lib/schemes/catalogue";

describe("scheme catalogue", () => {
  it("names every scheme and question once, so stored keys stay unambiguous", () => {
    expect(new Set(SCHEME_IDS).size).toBe(SCHEMES.length);
    for (const scheme of SCHEMES) {
      const ids = scheme.questions.map((q) => q.id);
      expect({ scheme: scheme.id, unique: new Set(ids).size === ids.length, atLeastTwo: ids.length >= 2 }).toEqual({ scheme: scheme.id, unique: true, atLeastTwo: true });
      for (const q of scheme.questions) {
        expect(q.id).not.toContain("/");
        expect(q.question.endsWith("?")).toBe(true);
        expect(q.draft.length).toBeGreaterThan(10);
      }
    }
  });

  it("covers the schemes a reading group meets most, with both ways of raising a question", () => {
    for (const id of ["expert-opinion", "cause-to-effect", "analogy", "positive-consequences", "negative-consequences", "sign", "example"]) expect(schemeById(id)).not.toBeNull();
    const answers = new Set(SCHEMES.flatMap((s) => s.questions.map((q) => q.answeredBy)));
    expect([...answers].sort()).toEqual(["premise", "undercut"]);
  });

  it("finds a question by scheme and id, and by its stored key; unknown ones are null", () => {
    expect(criticalQuestion("expert-opinion", "field")?.answeredBy).toBe("undercut");
    expect(criticalQuestion("expert-opinion", "nope")).toBeNull();
    expect(criticalQuestion("astrology", "field")).toBeNull();
    expect(questionOfKey(questionKey("sign", "other-cause"))?.question.id).toBe("other-cause");
    expect(questionOfKey("sign")).toBeNull();
    expect(questionOfKey("nope/field")).toBeNull();
  });

  it("marks the questions raised on an inference; those raised under another scheme do not count", () => {
    const raised = [
      { question: questionKey("expert-opinion", "field"), edgeId: "u1" },
      // Same question id, other scheme: the inference was typed differently when this was raised.
      { question: questionKey("cause-to-effect", "evidence"), edgeId: "u2" },
    ];
    const statuses = questionStatuses("expert-opinion", raised);
    expect(statuses.map((s) => [s.id, s.raisedBy])).toEqual([
      ["expertise", null],
      ["field", "u1"],
      ["asserted", null],
      ["reliable", null],
      ["consensus", null],
      ["evidence", null],
    ]);
    expect(questionStatuses(null, raised)).toEqual([]);
    expect(questionStatuses("astrology", raised)).toEqual([]);
  });
});

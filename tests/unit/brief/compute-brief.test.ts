import { computeBrief, type BriefRequest, type ComputedBrief } from "../../../lib/brief";
import { claim, edge, map, MEANEY, PARAGRAPHS, POST, undercut } from "./fixtures";

function brief(request: Omit<BriefRequest, "semantics" | "paragraphs"> & Partial<BriefRequest>): ComputedBrief {
  const result = computeBrief({ semantics: "dfquad", paragraphs: PARAGRAPHS, ...request });
  if (!result) throw new Error("expected a brief");
  return result;
}
const ids = (points: { id: string }[]) => points.map((p) => p.id);

describe("the case and the objections", () => {
  // T is supported by A (itself supported by A1) and by B (opposed by X).
  const ranked = map(
    [claim("T"), claim("A"), claim("A1"), claim("B"), claim("X")],
    [edge("a-t", "support", "A", "T"), edge("a1-a", "support", "A1", "A"), edge("b-t", "support", "B", "T"), edge("x-b", "oppose", "X", "B")],
  );

  it("ranks the case by strength: a supported supporter before a plain one before an opposed one", () => {
    const result = brief({ map: ranked, thesisId: "T", side: "for" });
    expect(ids(result.case)).toEqual(["A", "A1", "B"]);
    expect(result.case.map((p) => Number(p.strength.toFixed(4)))).toEqual([0.75, 0.5, 0.25]);
    expect(result.case.map((p) => p.distance)).toEqual([1, 2, 1]);
  });

  it("an objection to a supporter argues against the thesis, and without a rebuttal it is a gap", () => {
    const result = brief({ map: ranked, thesisId: "T", side: "for" });
    expect(ids(result.objections.map((o) => o.objection))).toEqual(["X"]);
    expect(result.objections[0]!.objection.via).toEqual({ edgeId: "x-b", kind: "oppose", targetText: "B" });
    expect(result.gaps).toContainEqual({ kind: "unanswered", claimId: "X", text: "X" });
  });

  it("against the motion, the sides swap: the objection is the case and the supporters are the objections", () => {
    const result = brief({ map: ranked, thesisId: "T", side: "against" });
    expect(ids(result.case)).toEqual(["X"]);
    expect(ids(result.objections.map((o) => o.objection))).toEqual(["A", "A1", "B"]);
    // B is answered by X; A and A1 are not.
    expect(result.objections.find((o) => o.objection.id === "B")!.rebuttals.map((r) => [r.id, r.kind])).toEqual([["X", "oppose"]]);
    expect(result.gaps.filter((g) => g.kind === "unanswered").map((g) => g.claimId)).toEqual(["A", "A1"]);
  });

  it("lists an objection's rebuttals best first: opposing claims and undercuts of its edge", () => {
    const result = brief({
      map: map(
        [claim("T"), claim("O"), claim("R-weak"), claim("Z"), claim("R-plain"), claim("U")],
        [edge("o-t", "oppose", "O", "T"), edge("rw-o", "oppose", "R-weak", "O"), edge("z-rw", "oppose", "Z", "R-weak"), edge("rp-o", "oppose", "R-plain", "O")],
        [undercut("u-ot", "U", "o-t")],
      ),
      thesisId: "T",
      side: "for",
    });
    const objection = result.objections.find((o) => o.objection.id === "O")!;
    expect(objection.rebuttals.map((r) => [r.id, r.kind, r.edgeId])).toEqual([
      ["R-plain", "oppose", "rp-o"],
      ["U", "undercut", "u-ot"],
      ["R-weak", "oppose", "rw-o"],
    ]);
    // The undercut argues for the thesis: it denies that the objection carries.
    expect(result.case.find((p) => p.id === "U")!.via.kind).toBe("undercut");
    expect(result.gaps.map((g) => g.claimId)).not.toContain("O");
  });

  it("follows linked premises: each premise is a point, listed with the premise it works with", () => {
    const result = brief({ map: map([claim("T"), claim("P1"), claim("P2")], [edge("linked", "oppose", ["P1", "P2"], "T")]), thesisId: "T", side: "against" });
    expect(ids(result.case).sort()).toEqual(["P1", "P2"]);
    expect(result.case.find((p) => p.id === "P1")!.linkedWith).toEqual(["P2"]);
  });

  it("ends on cycles, and a claim reached both ways at the same distance is contested on both sides", () => {
    const result = brief({
      map: map(
        [claim("T"), claim("A"), claim("B"), claim("C")],
        [edge("a-t", "support", "A", "T"), edge("b-a", "support", "B", "A"), edge("a-b", "support", "A", "B"), edge("t-a", "support", "T", "A"), edge("c-t+", "support", "C", "T"), edge("c-t-", "oppose", "C", "T")],
      ),
      thesisId: "T",
      side: "for",
    });
    expect(ids(result.case).sort()).toEqual(["A", "B", "C"]);
    expect(ids(result.objections.map((o) => o.objection))).toEqual(["C"]);
    expect(result.case.find((p) => p.id === "C")!.contested).toBe(true);
    expect(result.case.find((p) => p.id === "A")!.contested).toBe(false);
    expect(ids(result.case)).not.toContain("T");
  });

  it("ignores edges to claims the map no longer holds, and returns null for a deleted thesis", () => {
    const gone = map([claim("T"), claim("A")], [edge("a-t", "support", "A", "T"), edge("ghost-t", "oppose", "deleted", "T"), edge("a-ghost", "support", "A", "deleted")], [undercut("u-ghost", "A", "ghost-t")]);
    const result = brief({ map: gone, thesisId: "T", side: "for" });
    expect(ids(result.case)).toEqual(["A"]);
    expect(result.objections).toEqual([]);
    expect(computeBrief({ map: gone, thesisId: "deleted", side: "for", semantics: "dfquad" })).toBeNull();
  });
});

describe("gaps: supports resting on a single unanchored claim", () => {
  it("flags an unanchored supporter with nothing behind it, but not one with a quote, quoted evidence or support", () => {
    const result = brief({
      map: map(
        [claim("T"), claim("bare"), claim("with-evidence"), claim("quoted", "quoted", { source: POST, start: 10 }), claim("backed"), claim("backer", "backer", { source: MEANEY, start: 10 })],
        [
          edge("bare-t", "support", "bare", "T"),
          edge("ev-t", "support", "with-evidence", "T", { source: MEANEY, start: 150 }),
          edge("q-t", "support", "quoted", "T"),
          edge("backed-t", "support", "backed", "T"),
          edge("backer-backed", "support", "backer", "backed"),
        ],
      ),
      thesisId: "T",
      side: "for",
    });
    expect(result.gaps).toEqual([{ kind: "thin-support", claimId: "bare", text: "bare" }]);
  });
});

describe("summary and citations", () => {
  it("sums up the thesis: grounded label and strength under the chosen semantics", () => {
    const opposed = map([claim("T"), claim("X")], [edge("x-t", "oppose", "X", "T")]);
    expect(brief({ map: opposed, thesisId: "T", side: "for" }).summary.line).toBe("grounded: out · DF-QuAD 0.25");
    const euler = brief({ map: opposed, thesisId: "T", side: "for", semantics: "euler" });
    expect(euler.summary.line).toMatch(/^grounded: out · Euler-based 0\.\d\d$/);
    expect(euler.summary.strength).not.toBeCloseTo(0.25, 3);
    const cycle = map([claim("T"), claim("X")], [edge("x-t", "oppose", "X", "T"), edge("t-x", "oppose", "T", "X")]);
    expect(brief({ map: cycle, thesisId: "T", side: "for" }).summary.grounded).toBe("undec");
  });

  it("cites author-date with the paragraph, evidence too, and lists only the sources used", () => {
    const result = brief({
      map: map([claim("T", "T", { source: POST, start: 150 }), claim("A")], [edge("a-t", "support", "A", "T", { source: MEANEY, start: 5 })]),
      thesisId: "T",
      side: "for",
    });
    expect(result.thesis.citation!.text).toBe("Post (2021), *Maoism and Stalinism*, ¶\u00a02");
    expect(result.case[0]!.evidence[0]!.citation!.text).toBe("Meaney (1987), *Stability and the Industrial Elite*, ¶\u00a01");
    expect(result.bibliography.map((b) => b.text)).toEqual(["Meaney (1987). *Stability and the Industrial Elite*.", "Post (2021). *Maoism and Stalinism*."]);
    const uncited = brief({ map: map([claim("T"), claim("A")], [edge("a-t", "support", "A", "T")]), thesisId: "T", side: "for" });
    expect(uncited.bibliography).toEqual([]);
  });
});

describe("open critical questions", () => {
  // Q (quoted, so no thin-support gap) supports T, typed from expert opinion; X opposes T, typed from sign.
  const typed = () => {
    const base = map(
      [claim("T"), claim("Q", "Q", { source: POST, start: 10 }), claim("X", "X", { source: MEANEY, start: 10 }), claim("U", "U", { source: MEANEY, start: 40 })],
      [edge("q-t", "support", "Q", "T"), edge("x-t", "oppose", "X", "T")],
      [undercut("u-xt", "U", "x-t")],
    );
    base.edges.find((e) => e.id === "q-t")!.scheme = "expert-opinion";
    base.edges.find((e) => e.id === "q-t")!.raisedQuestions = [{ question: "expert-opinion/field", edgeId: "elsewhere" }];
    base.edges.find((e) => e.id === "x-t")!.scheme = "sign";
    return base;
  };

  it("lists each unraised critical question once: on the case as a weakness, on an objection as a question to put", () => {
    const result = brief({ map: typed(), thesisId: "T", side: "for" });
    const open = result.gaps.filter((g) => g.kind === "open-question");
    expect(open.filter((g) => g.side === "case").map((g) => g.question)).toEqual([
      "expert-opinion/expertise",
      "expert-opinion/asserted",
      "expert-opinion/reliable",
      "expert-opinion/consensus",
      "expert-opinion/evidence",
    ]);
    expect(open.filter((g) => g.side === "objection").map((g) => g.question)).toEqual(["sign/correlation", "sign/other-cause", "sign/observed"]);
    expect(open[0]).toMatchObject({ claimId: "Q", edgeId: "q-t", schemeName: "From expert opinion", text: "Is the source really an expert?" });
  });

  it("has no question gaps for untyped inferences or ones typed with an unknown scheme", () => {
    const untyped = typed();
    untyped.edges.forEach((e) => (e.scheme = e.id === "x-t" ? "astrology" : null));
    expect(brief({ map: untyped, thesisId: "T", side: "for" }).gaps.filter((g) => g.kind === "open-question")).toEqual([]);
  });
});

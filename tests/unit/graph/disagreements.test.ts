import { findDisagreements, type AuthoredClaim, type InferenceLink } from "@/lib/graph/disagreements";

/** Claims named after their author: post1 is Post's, meaney1 Meaney's, own1 a member's (no source). */
function claim(id: string, author: string | null, year: number | null, equivalenceGroupId: string | null = null): AuthoredClaim {
  return { id, author, year, equivalenceGroupId };
}
const POST = "Charlie Post";
const MEANEY = "Constance Squires Meaney";
const ENGST = "Fred Engst";
const MASSLINE = "Anonymous (mass-line text)";

const post1 = claim("post1", POST, 2018);
const post2 = claim("post2", POST, 2018);
const meaney1 = claim("meaney1", MEANEY, 1988);
const meaney2 = claim("meaney2", MEANEY, 1988);
const engst1 = claim("engst1", ENGST, 2006);
const massline1 = claim("massline1", MASSLINE, null);
const own1 = claim("own1", null, null);

function oppose(id: string, premises: string[], conclusionId: string): InferenceLink {
  return { id, kind: "oppose", premises, conclusionId, targetInferenceId: null };
}
function support(id: string, premises: string[], conclusionId: string): InferenceLink {
  return { id, kind: "support", premises, conclusionId, targetInferenceId: null };
}
function undercut(id: string, premises: string[], targetInferenceId: string): InferenceLink {
  return { id, kind: "undercut", premises, conclusionId: null, targetInferenceId };
}

/** The pairs as "opposing>opposed via inference", the shortest readable form for assertions. */
function pairsOf(result: ReturnType<typeof findDisagreements>): string[] {
  return result.pairs.map((p) => `${p.opposing.id}>${p.opposed.id} via ${p.inference.id}`);
}

function cell(result: ReturnType<typeof findDisagreements>, matrix: "oppose" | "support", row: string, column: string): number {
  const { authors } = result.matrix;
  return result.matrix[matrix][authors.indexOf(row)]![authors.indexOf(column)]!;
}

describe("findDisagreements", () => {
  it("pairs the premise of an oppose edge with its conclusion when their authors differ", () => {
    const result = findDisagreements([post1, meaney1], [oppose("e1", ["post1"], "meaney1")]);
    expect(pairsOf(result)).toEqual(["post1>meaney1 via e1"]);
    expect(result.pairs[0]).toMatchObject({ kind: "oppose", opposingAuthor: POST, opposedAuthor: MEANEY, opposingOnEdge: post1, opposedOnEdge: meaney1, linkedPremises: [], undercuts: null });
    expect(result.groups).toEqual([expect.objectContaining({ authors: [POST, MEANEY], counts: [1, 0] })]);
  });

  it("does not count supports as disagreements, but counts them in the support matrix", () => {
    const result = findDisagreements([post1, meaney1], [support("s1", ["meaney1"], "post1")]);
    expect(result.pairs).toEqual([]);
    expect(cell(result, "support", MEANEY, POST)).toBe(1);
    expect(cell(result, "support", POST, MEANEY)).toBe(0);
    expect(cell(result, "oppose", MEANEY, POST)).toBe(0);
  });

  it("leaves out an opposition between two claims of the same author and says why", () => {
    const result = findDisagreements([meaney1, meaney2], [oppose("e1", ["meaney2"], "meaney1")]);
    expect(result.pairs).toEqual([]);
    expect(result.groups).toEqual([]);
    expect(result.skipped).toEqual({ unattributed: 0, sameAuthor: 1 });
    expect(cell(result, "oppose", MEANEY, MEANEY)).toBe(0);
  });

  it("leaves a member's own claim out of author pairs and out of the author list", () => {
    const result = findDisagreements([own1, meaney1], [oppose("e1", ["own1"], "meaney1"), oppose("e2", ["meaney1"], "own1")]);
    expect(result.pairs).toEqual([]);
    expect(result.skipped).toEqual({ unattributed: 2, sameAuthor: 0 });
    expect(result.matrix.authors).toEqual([MEANEY]);
  });

  it("gives each linked premise by another author its own pair, listing the premises it works with", () => {
    const result = findDisagreements([post1, engst1, meaney1, meaney2], [oppose("e1", ["post1", "engst1", "meaney2"], "meaney1")]);
    expect(pairsOf(result)).toEqual(["post1>meaney1 via e1", "engst1>meaney1 via e1"]);
    expect(result.pairs[0]!.linkedPremises.map((c) => c.id)).toEqual(["engst1", "meaney2"]);
    expect(result.pairs[1]!.linkedPremises.map((c) => c.id)).toEqual(["post1", "meaney2"]);
    expect(cell(result, "oppose", POST, MEANEY)).toBe(1);
    expect(cell(result, "oppose", ENGST, MEANEY)).toBe(1);
    expect(cell(result, "oppose", MEANEY, MEANEY)).toBe(0);
  });

  it("sets an undercut against the authors of the attacked step's premises, not its conclusion", () => {
    // Engst argues from his claim to Meaney's; Post denies that Engst's premise carries it.
    const result = findDisagreements(
      [post1, engst1, meaney1],
      [support("s1", ["engst1"], "meaney1"), undercut("u1", ["post1"], "s1")],
    );
    expect(pairsOf(result)).toEqual(["post1>engst1 via u1"]);
    const [pair] = result.pairs;
    expect(pair!.kind).toBe("undercut");
    expect(pair!.undercuts?.inference.id).toBe("s1");
    expect(pair!.undercuts?.conclusion?.id).toBe("meaney1");
    expect(cell(result, "oppose", POST, ENGST)).toBe(1);
    expect(cell(result, "oppose", POST, MEANEY)).toBe(0);
    expect(cell(result, "support", ENGST, MEANEY)).toBe(1);
  });

  it("sets an undercut of an undercut against the premises of the undercut it attacks", () => {
    const result = findDisagreements(
      [post1, engst1, meaney1, massline1],
      [support("s1", ["engst1"], "meaney1"), undercut("u1", ["post1"], "s1"), undercut("u2", ["massline1"], "u1")],
    );
    expect(pairsOf(result)).toEqual(["post1>engst1 via u1", "massline1>post1 via u2"]);
    expect(result.pairs[1]!.undercuts).toEqual({ inference: expect.objectContaining({ id: "u1" }), conclusion: null });
  });

  it("treats claims of one equivalence group as one proposition on either end of the edge", () => {
    // Meaney's meaney1 and Engst's engst1 say the same thing; Post opposes Meaney's wording.
    const meaneyThesis = claim("meaney1", MEANEY, 1988, "g1");
    const engstThesis = claim("engst1", ENGST, 2006, "g1");
    const result = findDisagreements([post1, meaneyThesis, engstThesis], [oppose("e1", ["post1"], "meaney1")]);
    expect(pairsOf(result)).toEqual(["post1>meaney1 via e1", "post1>engst1 via e1"]);
    expect(result.pairs[1]).toMatchObject({ opposed: engstThesis, opposedOnEdge: meaneyThesis });
    expect(cell(result, "oppose", POST, ENGST)).toBe(1);
    expect(result.groups.map((g) => g.authors)).toEqual([
      [POST, MEANEY],
      [POST, ENGST],
    ]);
  });

  it("lets a member's own claim carry an opposition once it is grouped with an author's claim", () => {
    const ownWording = claim("own1", null, null, "g1");
    const engstWording = claim("engst1", ENGST, 2006, "g1");
    const result = findDisagreements([ownWording, engstWording, meaney1], [oppose("e1", ["own1"], "meaney1")]);
    expect(pairsOf(result)).toEqual(["engst1>meaney1 via e1"]);
    expect(result.pairs[0]).toMatchObject({ opposingOnEdge: ownWording });
    expect(result.skipped).toEqual({ unattributed: 0, sameAuthor: 0 });
  });

  it("ignores an equivalence group whose claims all share the edge's author", () => {
    const first = claim("meaney1", MEANEY, 1988, "g1");
    const second = claim("meaney2", MEANEY, 1988, "g1");
    const result = findDisagreements([first, second], [oppose("e1", ["meaney2"], "meaney1")]);
    expect(result.pairs).toEqual([]);
    expect(result.skipped.sameAuthor).toBe(1);
  });

  it("counts an inference once per author cell however many claims equivalence adds", () => {
    const first = claim("meaney1", MEANEY, 1988, "g1");
    const second = claim("meaney2", MEANEY, 1988, "g1");
    const result = findDisagreements([post1, first, second], [oppose("e1", ["post1"], "meaney1")]);
    expect(result.pairs).toHaveLength(2);
    expect(cell(result, "oppose", POST, MEANEY)).toBe(1);
    expect(result.groups[0]!.counts).toEqual([2, 0]);
  });

  it("prefers the direct reading when linked premises from one group reach the same claims twice", () => {
    const first = claim("post1", POST, 2018, "g1");
    const second = claim("post2", POST, 2018, "g1");
    const result = findDisagreements([first, second, meaney1], [oppose("e1", ["post1", "post2"], "meaney1")]);
    expect(pairsOf(result)).toEqual(["post1>meaney1 via e1", "post2>meaney1 via e1"]);
    expect(result.pairs.map((p) => p.opposingOnEdge.id)).toEqual(["post1", "post2"]);
  });

  it("drops edges whose claims or attacked edge were not given (deleted rows)", () => {
    const result = findDisagreements(
      [post1, meaney1, engst1],
      [
        oppose("to-deleted-claim", ["post1"], "gone"),
        oppose("from-deleted-premise", ["post1", "gone"], "meaney1"),
        undercut("of-deleted-edge", ["engst1"], "gone-edge"),
        support("s-broken", ["gone"], "meaney1"),
        undercut("of-broken-edge", ["engst1"], "s-broken"),
      ],
    );
    expect(result.pairs).toEqual([]);
    expect(result.skipped).toEqual({ unattributed: 0, sameAuthor: 0 });
    expect(result.matrix.oppose.flat().every((n) => n === 0)).toBe(true);
    expect(result.matrix.support.flat().every((n) => n === 0)).toBe(true);
  });

  it("fills the matrix by direction: row is the premise's author, column the conclusion's", () => {
    const result = findDisagreements(
      [post1, post2, meaney1, meaney2, engst1, massline1],
      [
        oppose("o1", ["post1"], "meaney1"),
        oppose("o2", ["post2"], "meaney2"),
        oppose("o3", ["meaney1"], "post1"),
        support("s1", ["massline1"], "engst1"),
        support("s2", ["meaney2"], "engst1"),
        oppose("o4", ["engst1"], "post2"),
        support("s3", ["post1"], "post2"),
      ],
    );
    // Chronological by earliest source; undated authors last.
    expect(result.matrix.authors).toEqual([MEANEY, ENGST, POST, MASSLINE]);
    expect(result.matrix.oppose).toEqual([
      [0, 0, 1, 0],
      [0, 0, 1, 0],
      [2, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(result.matrix.support).toEqual([
      [0, 1, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 1, 0, 0],
    ]);
  });

  it("lists the busiest author pair first, with the author who opposes more named first", () => {
    const result = findDisagreements(
      [post1, post2, meaney1, meaney2, engst1],
      [oppose("o1", ["engst1"], "post1"), oppose("o2", ["meaney1"], "post1"), oppose("o3", ["post2"], "meaney1"), oppose("o4", ["post1"], "meaney2")],
    );
    expect(result.groups.map((g) => ({ authors: g.authors, counts: g.counts }))).toEqual([
      { authors: [POST, MEANEY], counts: [2, 1] },
      { authors: [ENGST, POST], counts: [1, 0] },
    ]);
    expect(result.groups[0]!.pairs.map((p) => p.inference.id)).toEqual(["o3", "o4", "o2"]);
  });
});

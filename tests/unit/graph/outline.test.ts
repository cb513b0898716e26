import fc from "fast-check";
import { buildOutline, indentEdit, outdentEdit, removeEdit, siblingEdit, switchKindEdit, thesisRowId, visibleRows, type Outline } from "@/lib/graph/outline";
import type { MapClaim, MapEdge, MapUndercut } from "@/lib/graph/types";

const claim = (id: string): MapClaim => ({ id, text: `claim ${id}`, type: "premise", version: 1, source: null, anchor: null, position: null, stances: { agree: 0, disagree: 0, unsure: 0, hidden: false, stale: 0, mine: null } });
const edge = (id: string, premises: string[], to: string, kind: "support" | "oppose" = "support"): MapEdge => ({ id, from: premises[0]!, to, premises, kind, note: "", version: 1, evidence: [] });
const undercut = (id: string, from: string, targetEdgeId: string): MapUndercut => ({ id, from, premises: [from], targetEdgeId, note: "", version: 1, evidence: [] });

// T ← a (support), T ⊣ b (oppose), a ← c, {d, e} jointly support T, c → b too (cross-link),
// u undercuts a → T, b ⊣ ... and a cycle: T supports c.
const CLAIMS = ["T", "a", "b", "c", "d", "e", "u", "x"].map(claim);
const EDGES = [edge("aT", ["a"], "T"), edge("bT", ["b"], "T", "oppose"), edge("ca", ["c"], "a"), edge("deT", ["d", "e"], "T"), edge("cb", ["c"], "b", "oppose"), edge("Tc", ["T"], "c")];
const UNDERCUTS = [undercut("uaT", "u", "aT")];
const MAP = { claims: CLAIMS, edges: EDGES, undercuts: UNDERCUTS };

const outline = () => buildOutline(MAP, "T")!;
const shape = (o: Outline) => o.rows.map((r) => `${"  ".repeat(r.depth)}${r.shape === "group" ? `jointly(${r.kind})` : `${r.kind}:${r.claimId}`}${r.referenceTo ? ` see ${r.referenceTo}` : ""}`);

describe("the outline of a map from a thesis", () => {
  it("indents reasons under their claims, groups linked premises and hangs undercuts under the step they attack", () => {
    expect(shape(outline())).toEqual([
      "thesis:T",
      "  support:a",
      "    undercut:u",
      "    support:c",
      "      support:T see thesis:T",
      "  oppose:b",
      "    oppose:c see ca/c",
      "  jointly(support)",
      "    support:d",
      "    support:e",
    ]);
  });

  it("leaves out claims that do not bear on the thesis and returns null for a thesis not on the map", () => {
    expect(outline().rows.some((r) => r.claimId === "x")).toBe(false);
    expect(buildOutline(MAP, "gone")).toBeNull();
  });

  it("gives siblings their position and count, and ids that survive a rebuild", () => {
    const o = outline();
    const reasons = o.rows.filter((r) => r.parentId === o.rootId);
    expect(reasons.map((r) => [r.position, r.siblingCount])).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(buildOutline({ ...MAP, claims: [...CLAIMS] }, "T")!.rows.map((r) => r.id)).toEqual(o.rows.map((r) => r.id));
  });

  it("expands a claim at its shallowest place, not the first one met depth first", () => {
    // c is two steps away through a, but a direct reason of T: it expands at depth 1.
    const o = buildOutline({ claims: CLAIMS, edges: [edge("aT", ["a"], "T"), edge("ca", ["c"], "a"), edge("cT", ["c"], "T", "oppose")], undercuts: [] }, "T")!;
    expect(o.byId.get(o.expandedRowOf.get("c")!)!.depth).toBe(1);
    expect(o.byId.get("ca/c")!.referenceTo).toBe("cT/c");
  });

  it("hides the descendants of a folded row only", () => {
    const o = outline();
    const shown = visibleRows(o, new Set(["aT/a"]));
    expect(shown.map((r) => r.id)).toEqual([thesisRowId("T"), "aT/a", "bT/b", "cb/c", "deT", "deT/d", "deT/e"]);
  });

  it("expands every claim that bears on the thesis exactly once, whatever the graph (cycles included)", () => {
    const ids = ["T", "a", "b", "c", "d", "e"];
    const arbitraryEdge = fc.record({ premises: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }), to: fc.constantFrom(...ids), kind: fc.constantFrom("support" as const, "oppose" as const) });
    fc.assert(
      fc.property(fc.array(arbitraryEdge, { maxLength: 14 }), (raw) => {
        const edges = raw.filter((e) => !e.premises.includes(e.to)).map((e, i) => edge(`e${i}`, e.premises, e.to, e.kind));
        const o = buildOutline({ claims: ids.map(claim), edges, undercuts: [] }, "T")!;
        // Reachable: premises of edges into reachable claims, from T backwards.
        const reachable = new Set(["T"]);
        for (let grew = true; grew; ) {
          grew = false;
          for (const e of edges) if (reachable.has(e.to)) for (const p of e.premises) if (!reachable.has(p)) reachable.add(p), (grew = true);
        }
        const expanded = o.rows.filter((r) => r.claimId && !r.referenceTo).map((r) => r.claimId);
        expect(expanded.sort()).toEqual([...reachable].sort());
        // A reference row shows nothing of its own, and points at the row that does.
        for (const r of o.rows.filter((x) => x.referenceTo)) {
          expect(r.childIds.every((id) => o.byId.get(id)!.kind === "undercut")).toBe(true);
          expect(o.byId.get(r.referenceTo!)!.claimId).toBe(r.claimId);
        }
        expect(new Set(o.rows.map((r) => r.id)).size).toBe(o.rows.length);
      }),
    );
  });
});

describe("what the outline's keyboard edits mean on the map", () => {
  it("Enter adds a reason to the same claim with the same kind; on the thesis a support; on an objection, another objection to that step", () => {
    const o = outline();
    expect(siblingEdit(o, "bT/b", MAP)).toEqual({ type: "add-reason", conclusionId: "T", kind: "oppose" });
    expect(siblingEdit(o, "deT/e", MAP)).toEqual({ type: "add-reason", conclusionId: "T", kind: "support" });
    expect(siblingEdit(o, o.rootId, MAP)).toEqual({ type: "add-reason", conclusionId: "T", kind: "support" });
    expect(siblingEdit(o, "uaT/u", MAP)).toEqual({ type: "add-objection", targetEdgeId: "aT" });
  });

  it("Tab makes a row a reason for its previous sibling's claim, keeping its kind", () => {
    const o = outline();
    expect(indentEdit(o, "bT/b", EDGES)).toEqual({ type: "move", edgeId: "bT", conclusionId: "a" });
    // A linked group moves as one inference.
    expect(indentEdit(o, "deT", EDGES)).toEqual({ type: "move", edgeId: "deT", conclusionId: "b" });
  });

  it("Tab is refused for the first sibling, a premise inside a group, an objection and the thesis", () => {
    const o = outline();
    expect(indentEdit(o, "aT/a", EDGES)).toMatchObject({ type: "refused", reason: expect.stringMatching(/no row above/) });
    expect(indentEdit(o, "deT/e", EDGES)).toMatchObject({ type: "refused", reason: expect.stringMatching(/move together/) });
    expect(indentEdit(o, "uaT/u", EDGES)).toMatchObject({ type: "refused" });
    expect(indentEdit(o, o.rootId, EDGES)).toMatchObject({ type: "refused" });
  });

  it("Tab under a group of linked premises is refused: a reason goes under one claim", () => {
    const edges = [edge("deT", ["d", "e"], "T"), edge("aT", ["a"], "T")];
    const o = buildOutline({ claims: CLAIMS, edges, undercuts: [] }, "T")!;
    expect(indentEdit(o, "aT/a", edges)).toMatchObject({ type: "refused", reason: expect.stringMatching(/linked premises/) });
  });

  it("Shift+Tab moves a reason to the claim above its parent, and refuses reasons of the thesis", () => {
    const o = outline();
    expect(outdentEdit(o, "ca/c", EDGES)).toEqual({ type: "move", edgeId: "ca", conclusionId: "T" });
    expect(outdentEdit(o, "aT/a", EDGES)).toMatchObject({ type: "refused", reason: expect.stringMatching(/already a reason for the thesis/) });
  });

  it("Shift+Tab refuses a move that would make a claim its own reason", () => {
    // T ← a ← c ← a: outdenting the reference to a under c would make a a reason for a.
    const edges = [edge("aT", ["a"], "T"), edge("ca", ["c"], "a"), edge("ac", ["a"], "c")];
    const o = buildOutline({ claims: CLAIMS, edges, undercuts: [] }, "T")!;
    expect(outdentEdit(o, "ac/a", edges)).toMatchObject({ type: "refused", reason: expect.stringMatching(/itself/) });
  });

  it("the switch turns a support into an opposition and back, and refuses objections and the thesis", () => {
    const o = outline();
    expect(switchKindEdit(o, "aT/a", EDGES)).toEqual({ type: "set-kind", edgeId: "aT", kind: "oppose" });
    expect(switchKindEdit(o, "bT/b", EDGES)).toEqual({ type: "set-kind", edgeId: "bT", kind: "support" });
    expect(switchKindEdit(o, "deT", EDGES)).toEqual({ type: "set-kind", edgeId: "deT", kind: "oppose" });
    expect(switchKindEdit(o, "uaT/u", EDGES)).toMatchObject({ type: "refused" });
    expect(switchKindEdit(o, o.rootId, EDGES)).toMatchObject({ type: "refused" });
  });

  it("Delete takes out the inference (a group's premise leaves the group), never the thesis", () => {
    const o = outline();
    expect(removeEdit(o, "aT/a", MAP)).toEqual({ type: "remove-edge", edgeId: "aT" });
    expect(removeEdit(o, "deT", MAP)).toEqual({ type: "remove-edge", edgeId: "deT" });
    expect(removeEdit(o, "deT/d", MAP)).toEqual({ type: "remove-premise", edgeId: "deT", claimId: "d" });
    expect(removeEdit(o, "uaT/u", MAP)).toEqual({ type: "remove-edge", edgeId: "uaT" });
    expect(removeEdit(o, o.rootId, MAP)).toMatchObject({ type: "refused", reason: expect.stringMatching(/root/) });
  });

  it("edits on a row that has gone are refused, not guessed", () => {
    const o = outline();
    for (const edit of [siblingEdit(o, "nope", MAP), indentEdit(o, "nope", EDGES), outdentEdit(o, "nope", EDGES), switchKindEdit(o, "nope", EDGES), removeEdit(o, "nope", MAP)]) expect(edit.type).toBe("refused");
  });
});

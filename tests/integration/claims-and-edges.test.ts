import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { updateClaim } from "@/lib/server/services/claims/update-claim";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { deleteEdge } from "@/lib/server/services/inferences/delete-edge";
import { updateEdge } from "@/lib/server/services/inferences/update-edge";
import { getMap } from "@/lib/server/services/map/get-map";
import { getSource } from "@/lib/server/services/sources/get-source";
import { importSource } from "@/lib/server/services/sources/import-source";
import { makeWorkspace, SEMINAR_TEXT } from "./fixtures";

async function setup() {
  const ctx = await makeWorkspace(["editor"]);
  const source = await importSource(ctx.owner, ctx.workspace.id, { author: "Ann Author", title: "On the state", year: 1971 }, { text: SEMINAR_TEXT });
  const reader = await getSource(ctx.owner, ctx.workspace.id, source.id);
  return { ...ctx, source, reader, editor: ctx.members.editor!, ws: ctx.workspace.id };
}

function span(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture words not found: ${words}`);
  return { start, end: start + words.length };
}

describe("claims", () => {
  it("anchors a claim to exactly the selected words with quote and position selectors", async () => {
    const { editor, ws, source, reader } = await setup();
    const words = "serves the class that holds"; // selected with the spaces around it, as a mouse often does
    const { start, end } = span(reader.text, words);
    const claim = await createClaim(editor, ws, { text: "The state is a class instrument.", type: "thesis", anchor: { sourceId: source.id, revisionId: reader.revisionId, start: start - 1, end: end + 1, exact: reader.text.slice(start - 1, end + 1) } });
    const map = await getMap(editor, ws);
    const made = map.claims.find((c) => c.id === claim.id)!;
    expect(made.anchor).toMatchObject({ exact: words, start, end, sourceId: source.id });
    expect(reader.text.slice(0, start).endsWith(made.anchor!.prefix)).toBe(true);
    expect(reader.text.slice(end).startsWith(made.anchor!.suffix)).toBe(true);
    expect(made.source).toMatchObject({ author: "Ann Author", year: 1971 });
    const again = await getSource(editor, ws, source.id);
    expect(again.claims).toEqual([expect.objectContaining({ id: claim.id, start, end })]);
  });

  it("refuses a selection whose words no longer match, or that lies outside the text", async () => {
    const { editor, ws, source, reader } = await setup();
    await expect(createClaim(editor, ws, { text: "x", anchor: { sourceId: source.id, start: 0, end: 5, exact: "Hello" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createClaim(editor, ws, { text: "x", anchor: { sourceId: source.id, start: 5, end: 5_000_000 } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createClaim(editor, ws, { text: "x", anchor: { sourceId: source.id, revisionId: "old", start: 0, end: 3 } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getMap(editor, ws)).claims).toHaveLength(0);
    void reader;
  });

  it("creates a free claim with no source, and saves a dragged position", async () => {
    const { editor, ws } = await setup();
    const claim = await createClaim(editor, ws, { text: "My own thesis", type: "thesis" });
    await updateClaim(editor, ws, claim.id, { position: { x: 120.5, y: -40 } });
    const made = (await getMap(editor, ws)).claims[0]!;
    expect(made).toMatchObject({ source: null, anchor: null, position: { x: 120.5, y: -40 }, version: 1 });
  });

  it("refuses an edit based on an old version and returns the current one, keeping the newer text", async () => {
    const { owner, editor, ws } = await setup();
    const claim = await createClaim(editor, ws, { text: "First wording" });
    await updateClaim(owner, ws, claim.id, { version: 1, text: "Owner's wording" });
    const stale = updateClaim(editor, ws, claim.id, { version: 1, text: "Editor's wording" });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { current: { text: "Owner's wording", version: 2 } } });
    expect((await getMap(owner, ws)).claims[0]).toMatchObject({ text: "Owner's wording", version: 2 });
    const revisions = await db.claimRevision.findMany({ where: { claimId: claim.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.text)).toEqual(["First wording", "Owner's wording"]);
  });
});

describe("edges", () => {
  it("joins two claims, refuses self-loops and duplicates of the same kind, allows the other kind", async () => {
    const { editor, ws } = await setup();
    const a = await createClaim(editor, ws, { text: "A" });
    const b = await createClaim(editor, ws, { text: "B" });
    await createEdge(editor, ws, { from: a.id, to: b.id, kind: "support", note: "because" });
    await expect(createEdge(editor, ws, { from: a.id, to: a.id, kind: "support" })).rejects.toThrow(/itself/);
    await expect(createEdge(editor, ws, { from: a.id, to: b.id, kind: "support" })).rejects.toMatchObject({ code: "CONFLICT" });
    await createEdge(editor, ws, { from: a.id, to: b.id, kind: "oppose" });
    await createEdge(editor, ws, { from: b.id, to: a.id, kind: "support" });
    const map = await getMap(editor, ws);
    expect(map.edges.map((e) => [e.from === a.id ? "a" : "b", e.kind])).toEqual([["a", "support"], ["a", "oppose"], ["b", "support"]]);
  });

  it("lets only one of two concurrent identical edges through", async () => {
    const { editor, owner, ws } = await setup();
    const a = await createClaim(editor, ws, { text: "A" });
    const b = await createClaim(editor, ws, { text: "B" });
    const results = await Promise.allSettled([
      createEdge(editor, ws, { from: a.id, to: b.id, kind: "oppose" }),
      createEdge(owner, ws, { from: a.id, to: b.id, kind: "oppose" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await getMap(editor, ws)).edges).toHaveLength(1);
  });

  it("anchors evidence quotes in any source, and creates nothing when a quote is not in the text", async () => {
    const { editor, ws, source } = await setup();
    const a = await createClaim(editor, ws, { text: "A" });
    const b = await createClaim(editor, ws, { text: "B" });
    await expect(
      createEdge(editor, ws, { from: a.id, to: b.id, kind: "support", evidence: [{ sourceId: source.id, exact: "words that are not there" }] }),
    ).rejects.toThrow(/not found/);
    await expect(createEdge(editor, ws, { from: a.id, to: b.id, kind: "support", evidence: [{ sourceId: source.id, exact: "the state" }] })).rejects.toThrow(/occurs \d+ times/);
    expect((await getMap(editor, ws)).edges).toHaveLength(0);
    expect(await db.anchor.count({ where: { workspaceId: ws } })).toBe(0);

    const edge = await createEdge(editor, ws, {
      from: a.id,
      to: b.id,
      kind: "support",
      evidence: [{ sourceId: source.id, exact: "stands above classes", note: "the rival view" }, { note: "a note alone" }],
    });
    const made = (await getMap(editor, ws)).edges[0]!;
    expect(made.id).toBe(edge.id);
    expect(made.evidence.map((e) => [e.quote?.exact ?? null, e.note])).toEqual([["stands above classes", "the rival view"], [null, "a note alone"]]);
    expect(made.evidence[0]!.quote).toMatchObject({ sourceTitle: "On the state", sourceAuthor: "Ann Author" });
  });

  it("changes kind and note with the version, adds and removes evidence, refuses a stale version", async () => {
    const { editor, owner, ws, source } = await setup();
    const a = await createClaim(editor, ws, { text: "A" });
    const b = await createClaim(editor, ws, { text: "B" });
    const edge = await createEdge(editor, ws, { from: a.id, to: b.id, kind: "support" });
    await updateEdge(editor, ws, edge.id, { version: 1, kind: "oppose", note: "on reflection", addEvidence: [{ sourceId: source.id, exact: "stands above classes" }] });
    await expect(updateEdge(owner, ws, edge.id, { version: 1, note: "stale" })).rejects.toMatchObject({ code: "CONFLICT" });
    let made = (await getMap(editor, ws)).edges[0]!;
    expect(made).toMatchObject({ kind: "oppose", note: "on reflection", version: 2 });
    await updateEdge(editor, ws, edge.id, { version: 2, removeEvidenceIds: [made.evidence[0]!.id] });
    made = (await getMap(editor, ws)).edges[0]!;
    expect(made.evidence).toEqual([]);
  });

  it("turning an edge into a duplicate of another is refused", async () => {
    const { editor, ws } = await setup();
    const a = await createClaim(editor, ws, { text: "A" });
    const b = await createClaim(editor, ws, { text: "B" });
    await createEdge(editor, ws, { from: a.id, to: b.id, kind: "support" });
    const oppose = await createEdge(editor, ws, { from: a.id, to: b.id, kind: "oppose" });
    await expect(updateEdge(editor, ws, oppose.id, { version: 1, kind: "support" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("deleting a claim takes its edges with it, and the same edge can then be drawn again", async () => {
    const { editor, ws } = await setup();
    const a = await createClaim(editor, ws, { text: "A" });
    const b = await createClaim(editor, ws, { text: "B" });
    const c = await createClaim(editor, ws, { text: "C" });
    await createEdge(editor, ws, { from: a.id, to: b.id, kind: "support" });
    const kept = await createEdge(editor, ws, { from: c.id, to: b.id, kind: "oppose" });
    const removed = await deleteClaim(editor, ws, a.id);
    expect(removed.deletedEdgeIds).toHaveLength(1);
    const map = await getMap(editor, ws);
    expect(map.claims.map((x) => x.text)).toEqual(["B", "C"]);
    expect(map.edges.map((e) => e.id)).toEqual([kept.id]);
    await deleteEdge(editor, ws, kept.id);
    await createEdge(editor, ws, { from: c.id, to: b.id, kind: "oppose" });
    await expect(deleteClaim(editor, ws, a.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

import { db } from "@/lib/server/db";
import { answerObjection } from "@/lib/server/services/briefs/answer-objection";
import { createBrief } from "@/lib/server/services/briefs/create-brief";
import { deleteBrief } from "@/lib/server/services/briefs/delete-brief";
import { exportBriefMarkdown } from "@/lib/server/services/briefs/export-brief";
import { getBrief } from "@/lib/server/services/briefs/get-brief";
import { listBriefs } from "@/lib/server/services/briefs/list-briefs";
import { getSnapshot, takeSnapshot } from "@/lib/server/services/briefs/snapshots";
import { updateBrief } from "@/lib/server/services/briefs/update-brief";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { getMap } from "@/lib/server/services/map/get-map";
import { makeUser, makeWorkspace } from "./fixtures";

/** A thesis with one supporter and one objection nobody has answered yet. */
async function setUp() {
  const ctx = await makeWorkspace(["editor", "commenter", "viewer"]);
  const ws = ctx.workspace.id;
  const thesis = await createClaim(ctx.owner, ws, { text: "Mao-era China was not Soviet-style orthodox", type: "thesis" });
  const support = await createClaim(ctx.owner, ws, { text: "Elites were never co-opted" });
  const objection = await createClaim(ctx.owner, ws, { text: "It was Stalinism in substance" });
  await createEdge(ctx.owner, ws, { from: support.id, to: thesis.id, kind: "support" });
  const objectionEdge = await createEdge(ctx.owner, ws, { from: objection.id, to: thesis.id, kind: "oppose" });
  return { ...ctx, ws, thesis: thesis.id, support: support.id, objection: objection.id, objectionEdge: objectionEdge.id };
}

describe("briefs", () => {
  it("lets commenters and up prepare a brief; viewers are refused, strangers and other workspaces' claims are not found", async () => {
    const { ws, members, thesis, owner } = await setUp();
    const brief = await createBrief(members.commenter!, ws, { thesisId: thesis, side: "against", timeLimitMinutes: 5 });
    expect((await listBriefs(members.viewer!, ws)).map((b) => [b.id, b.title, b.side, b.timeLimitMinutes])).toEqual([[brief.id, "Against: Mao-era China was not Soviet-style orthodox", "against", 5]]);
    await expect(createBrief(members.viewer!, ws, { thesisId: thesis, side: "for" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createBrief(await makeUser("stranger"), ws, { thesisId: thesis, side: "for" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await makeWorkspace();
    const foreign = await createClaim(other.owner, other.workspace.id, { text: "Elsewhere" });
    await expect(createBrief(owner, ws, { thesisId: foreign.id, side: "for" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createBrief(owner, ws, { thesisId: thesis, side: "sideways" })).rejects.toThrow(/for or against/);
    await expect(createBrief(owner, ws, { thesisId: thesis, side: "for", timeLimitMinutes: 1000 })).rejects.toThrow(/at most 120/);
    await expect(getBrief(owner, other.workspace.id, brief.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("recomputes from the live map, switches semantics, and shows nothing once the thesis is deleted", async () => {
    const { ws, owner, thesis, support, objection } = await setUp();
    const { id } = await createBrief(owner, ws, { thesisId: thesis, side: "for" });
    const first = await getBrief(owner, ws, id);
    expect(first.computed!.case.map((p) => p.id)).toEqual([support]);
    expect(first.computed!.objections.map((o) => o.objection.id)).toEqual([objection]);
    expect(first.computed!.gaps.map((g) => g.kind).sort()).toEqual(["thin-support", "unanswered"]);

    const answer = await createClaim(owner, ws, { text: "Remoulding is not liquidation" });
    await createEdge(owner, ws, { from: answer.id, to: objection, kind: "oppose" });
    const later = await getBrief(owner, ws, id, { semantics: "euler" });
    expect(later.computed!.semantics).toBe("euler");
    expect(later.computed!.objections[0]!.rebuttals.map((r) => r.id)).toEqual([answer.id]);
    await expect(getBrief(owner, ws, id, { semantics: "vibes" })).rejects.toThrow(/dfquad, qe or euler/);

    await deleteClaim(owner, ws, thesis);
    expect((await getBrief(owner, ws, id)).computed).toBeNull();
    await expect(takeSnapshot(owner, ws, id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a snapshot stays as it was taken while the brief follows the map", async () => {
    const { ws, members, owner, thesis, objection } = await setUp();
    const { id } = await createBrief(members.commenter!, ws, { thesisId: thesis, side: "for", title: "Round one" });
    const snapshot = await takeSnapshot(members.commenter!, ws, id);
    await expect(takeSnapshot(members.viewer!, ws, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const answer = await createClaim(owner, ws, { text: "Remoulding is not liquidation" });
    await createEdge(owner, ws, { from: answer.id, to: objection, kind: "oppose" });

    const frozen = await getSnapshot(members.viewer!, ws, id, snapshot.id);
    expect(frozen.content.objections[0]!.rebuttals).toEqual([]);
    expect((await getBrief(owner, ws, id)).computed!.objections[0]!.rebuttals).toHaveLength(1);
    expect((await getBrief(owner, ws, id)).snapshots.map((s) => s.id)).toEqual([snapshot.id]);
    const exported = await exportBriefMarkdown(owner, ws, id, { snapshotId: snapshot.id });
    expect(exported.fileName).toMatch(/^round-one-snapshot-\d{4}-\d\d-\d\d\.md$/);
    expect(exported.markdown).toContain("- **No rebuttal on the map.**");
    await expect(getSnapshot(owner, ws, id, "missing")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("only the author or an owner renames or deletes a brief, and a stale version is refused", async () => {
    const { ws, members, owner, thesis } = await setUp();
    const { id } = await createBrief(members.commenter!, ws, { thesisId: thesis, side: "for" });
    await expect(updateBrief(members.editor!, ws, id, { version: 1, title: "Mine now" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await updateBrief(members.commenter!, ws, id, { version: 1, title: "Opening speech", semantics: "qe" })).toEqual({ id, version: 2 });
    await expect(updateBrief(owner, ws, id, { version: 1, timeLimitMinutes: 3 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getBrief(owner, ws, id)).computed!.semantics).toBe("qe");
    await expect(deleteBrief(members.editor!, ws, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteBrief(owner, ws, id);
    expect(await listBriefs(owner, ws)).toEqual([]);
    await expect(getBrief(owner, ws, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the drill", () => {
  it("saves an answer as a new claim opposing the objection, or undercutting its edge, with one activity each", async () => {
    const { ws, members, owner, thesis, objection, objectionEdge } = await setUp();
    const { id } = await createBrief(members.editor!, ws, { thesisId: thesis, side: "for" });
    const opposing = await answerObjection(members.editor!, ws, id, { objectionId: objection, text: "Remoulding is not liquidation" });
    const undercutting = await answerObjection(members.editor!, ws, id, { objectionId: objection, text: "Shared coercion does not make a shared order", as: "undercut" });
    const map = await getMap(owner, ws);
    expect(map.edges.find((e) => e.id === opposing.edgeId)).toMatchObject({ from: opposing.claimId, to: objection, kind: "oppose" });
    expect(map.undercuts.find((u) => u.id === undercutting.edgeId)).toMatchObject({ from: undercutting.claimId, targetEdgeId: objectionEdge });
    expect((await getBrief(owner, ws, id)).computed!.objections[0]!.rebuttals.map((r) => r.kind).sort()).toEqual(["oppose", "undercut"]);
    const activity = await db.activity.findMany({ where: { workspaceId: ws, entityId: { in: [opposing.claimId, opposing.edgeId] } } });
    expect(activity.map((a) => a.entityType).sort()).toEqual(["claim", "edge"]);
  });

  it("refuses commenters, claims that are not objections, and empty answers, adding nothing", async () => {
    const { ws, members, owner, thesis, support } = await setUp();
    const { id } = await createBrief(members.commenter!, ws, { thesisId: thesis, side: "for" });
    const before = await db.claim.count({ where: { workspaceId: ws } });
    await expect(answerObjection(members.commenter!, ws, id, { objectionId: support, text: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(answerObjection(owner, ws, id, { objectionId: support, text: "Not an objection" })).rejects.toThrow(/no longer an objection/);
    await expect(answerObjection(owner, ws, id, { objectionId: support, text: "   " })).rejects.toThrow(/Write your answer/);
    expect(await db.claim.count({ where: { workspaceId: ws } })).toBe(before);
  });
});

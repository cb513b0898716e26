import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { updateEdge } from "@/lib/server/services/inferences/update-edge";
import { addReason } from "@/lib/server/services/inferences/add-reason";
import { moveEdge } from "@/lib/server/services/inferences/move-edge";
import { undoLastChange } from "@/lib/server/services/history/undo";
import { getMap } from "@/lib/server/services/map/get-map";
import { makeWorkspace } from "./fixtures";

/** A thesis with a support and an opposition: what the outline's Enter, Tab and Shift+Tab write. */
async function setUp() {
  const ctx = await makeWorkspace(["viewer", "commenter", "editor"]);
  const claim = async (text: string) => (await createClaim(ctx.owner, ctx.workspace.id, { text, type: "premise" })).id;
  const thesis = await claim("The commune system failed");
  const quotas = await claim("Grain quotas were set above harvests");
  const rains = await claim("The rains were unusually poor");
  const quotasEdge = (await createEdge(ctx.owner, ctx.workspace.id, { from: quotas, to: thesis, kind: "support" })).id;
  const rainsEdge = (await createEdge(ctx.owner, ctx.workspace.id, { from: rains, to: thesis, kind: "oppose" })).id;
  return { ...ctx, thesis, quotas, rains, quotasEdge, rainsEdge };
}

const mapOf = (ownerId: string, workspaceId: string) => getMap({ id: ownerId }, workspaceId);

describe("adding a reason from the outline", () => {
  it("writes the claim and its edge together, with the kind asked for, and logs both", async () => {
    const { owner, members, workspace, thesis } = await setUp();
    const added = await addReason(members.editor!, workspace.id, { text: "  Officials feared reporting shortfalls ", kind: "oppose", to: thesis });
    const map = await mapOf(owner.id, workspace.id);
    expect(map.claims.find((c) => c.id === added.claimId)).toMatchObject({ text: "Officials feared reporting shortfalls", type: "objection", position: null });
    expect(map.edges.find((e) => e.id === added.edgeId)).toMatchObject({ from: added.claimId, to: thesis, kind: "oppose", premises: [added.claimId] });
    const logged = await db.activity.findMany({ where: { workspaceId: workspace.id, entityId: { in: [added.claimId, added.edgeId] } } });
    expect(logged.map((a) => `${a.entityType}:${a.action}`).sort()).toEqual(["claim:created", "edge:created"]);
  });

  it("adds an objection to an inference as an undercut", async () => {
    const { owner, workspace, quotasEdge } = await setUp();
    const added = await addReason(owner, workspace.id, { text: "Quotas were revised down in spring", kind: "undercut", targetEdge: quotasEdge });
    expect((await mapOf(owner.id, workspace.id)).undercuts.find((u) => u.id === added.edgeId)).toMatchObject({ from: added.claimId, targetEdgeId: quotasEdge });
  });

  it("keeps no claim when the edge is refused, and refuses other workspaces' claims, empty text and unknown fields", async () => {
    const { owner, workspace } = await setUp();
    const other = await makeWorkspace();
    const foreign = (await createClaim(other.owner, other.workspace.id, { text: "Elsewhere" })).id;
    const claimsBefore = await db.claim.count({ where: { workspaceId: workspace.id } });
    await expect(addReason(owner, workspace.id, { text: "A reason", kind: "support", to: foreign })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addReason(owner, workspace.id, { text: "A reason", kind: "undercut", targetEdge: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addReason(owner, workspace.id, { text: "   ", kind: "support", to: foreign })).rejects.toThrow(/Write the reason/);
    await expect(addReason(owner, workspace.id, { text: "x".repeat(2001), kind: "support", to: foreign })).rejects.toThrow(/under 2000/);
    await expect(addReason(owner, workspace.id, { text: "A reason", kind: "support", to: foreign, position: { x: 1, y: 1 } })).rejects.toThrow();
    expect(await db.claim.count({ where: { workspaceId: workspace.id } })).toBe(claimsBefore);
  });

  it("refuses viewers and commenters, and hides the workspace from strangers", async () => {
    const { members, workspace, thesis } = await setUp();
    const stranger = (await makeWorkspace()).owner;
    for (const who of [members.viewer!, members.commenter!]) await expect(addReason(who, workspace.id, { text: "A reason", kind: "support", to: thesis })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addReason(stranger, workspace.id, { text: "A reason", kind: "support", to: thesis })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("moving a reason to another conclusion (indent and outdent)", () => {
  it("re-points the inference, keeps its kind and premises, bumps the version and logs the move", async () => {
    const { owner, members, workspace, quotas, rains, rainsEdge } = await setUp();
    expect(await moveEdge(members.editor!, workspace.id, rainsEdge, { version: 1, conclusion: quotas })).toEqual({ id: rainsEdge, version: 2 });
    const edge = (await mapOf(owner.id, workspace.id)).edges.find((e) => e.id === rainsEdge)!;
    expect(edge).toMatchObject({ from: rains, to: quotas, kind: "oppose", version: 2 });
    const row = await db.inference.findUniqueOrThrow({ where: { id: rainsEdge } });
    expect(row.signature).toBe(`oppose:${rains}>${quotas}`);
    const activity = await db.activity.findFirstOrThrow({ where: { entityId: rainsEdge, action: "updated" } });
    expect(activity.summary).toMatch(/moved “The rains were unusually poor” to say it opposes “Grain quotas/);
  });

  it("refuses a stale version, a premise as conclusion, the same conclusion, a duplicate, an undercut and another workspace's claim; nothing moves", async () => {
    const { owner, workspace, thesis, quotas, rains, quotasEdge, rainsEdge } = await setUp();
    await updateEdge(owner, workspace.id, rainsEdge, { version: 1, note: "A note" });
    await expect(moveEdge(owner, workspace.id, rainsEdge, { version: 1, conclusion: quotas })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Someone else changed/) });
    await expect(moveEdge(owner, workspace.id, rainsEdge, { version: 2, conclusion: rains })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/itself/) });
    await expect(moveEdge(owner, workspace.id, rainsEdge, { version: 2, conclusion: thesis })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/already a reason/) });
    // quotas → thesis exists: rains opposing quotas is fine, but a second "quotas supports thesis" is not.
    const again = (await createEdge(owner, workspace.id, { from: quotas, to: rains, kind: "support" })).id;
    await expect(moveEdge(owner, workspace.id, again, { version: 1, conclusion: thesis })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already joined/) });
    const undercut = (await createEdge(owner, workspace.id, { kind: "undercut", from: rains, targetEdge: quotasEdge })).id;
    await expect(moveEdge(owner, workspace.id, undercut, { version: 1, conclusion: quotas })).rejects.toMatchObject({ code: "VALIDATION" });
    const other = await makeWorkspace();
    const foreign = (await createClaim(other.owner, other.workspace.id, { text: "Elsewhere" })).id;
    await expect(moveEdge(owner, workspace.id, rainsEdge, { version: 2, conclusion: foreign })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveEdge(other.owner, other.workspace.id, rainsEdge, { version: 2, conclusion: foreign })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveEdge(owner, workspace.id, rainsEdge, { version: 0, conclusion: quotas })).rejects.toThrow();
    const edges = (await mapOf(owner.id, workspace.id)).edges;
    expect(edges.find((e) => e.id === rainsEdge)).toMatchObject({ to: thesis, version: 2 });
    expect(edges.find((e) => e.id === again)).toMatchObject({ to: rains, version: 1 });
  });

  it("refuses viewers and commenters", async () => {
    const { members, workspace, quotas, rainsEdge } = await setUp();
    for (const who of [members.viewer!, members.commenter!]) await expect(moveEdge(who, workspace.id, rainsEdge, { version: 1, conclusion: quotas })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("undo puts the reason back under its old conclusion", async () => {
    const { owner, workspace, thesis, quotas, rainsEdge } = await setUp();
    await moveEdge(owner, workspace.id, rainsEdge, { version: 1, conclusion: quotas });
    expect((await undoLastChange(owner, workspace.id)).undone).toMatch(/^moved/);
    const edge = (await mapOf(owner.id, workspace.id)).edges.find((e) => e.id === rainsEdge)!;
    expect(edge).toMatchObject({ to: thesis, version: 3 });
    expect((await db.inference.findUniqueOrThrow({ where: { id: rainsEdge } })).signature).toMatch(new RegExp(`>${thesis}$`));
  });
});

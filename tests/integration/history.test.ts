import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { updateClaim } from "@/lib/server/services/claims/update-claim";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { deleteEdge } from "@/lib/server/services/inferences/delete-edge";
import { updateEdge } from "@/lib/server/services/inferences/update-edge";
import { getMap } from "@/lib/server/services/map/get-map";
import { activityFeed, claimRevisions } from "@/lib/server/services/history/activity-feed";
import { listTrash, restoreFromTrash } from "@/lib/server/services/history/trash";
import { peekUndo, undoLastChange } from "@/lib/server/services/history/undo";
import { makeUser, makeWorkspace } from "./fixtures";

async function setUp() {
  const ctx = await makeWorkspace(["editor", "viewer"]);
  const a = await createClaim(ctx.owner, ctx.workspace.id, { text: "Prices rose" });
  const b = await createClaim(ctx.owner, ctx.workspace.id, { text: "Wages fell behind" });
  const edge = await createEdge(ctx.owner, ctx.workspace.id, { from: a.id, to: b.id, kind: "support" });
  return { ...ctx, a: a.id, b: b.id, edge: edge.id };
}

describe("trash", () => {
  it("keeps a deleted claim and its edges for the owner to restore", async () => {
    const { owner, workspace, members, a, b, edge } = await setUp();
    await deleteClaim(members.editor!, workspace.id, a);
    const trash = await listTrash(owner, workspace.id);
    expect(trash).toEqual([expect.objectContaining({ id: a, text: "Prices rose", edgeCount: 1, deletedBy: expect.stringContaining("editor") })]);
    await expect(listTrash(members.editor!, workspace.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(restoreFromTrash(members.editor!, workspace.id, a)).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await restoreFromTrash(owner, workspace.id, a)).toMatchObject({ restoredEdgeIds: [edge], skippedEdgeIds: [] });
    const map = await getMap(owner, workspace.id);
    expect(map.claims.map((c) => c.id).sort()).toEqual([a, b].sort());
    expect(map.edges.map((e) => e.id)).toEqual([edge]);
    expect(await listTrash(owner, workspace.id)).toEqual([]);
    await expect(restoreFromTrash(owner, workspace.id, a)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("leaves out an edge that would duplicate one made since, and refuses after 30 days", async () => {
    const { owner, workspace, a, b } = await setUp();
    await deleteClaim(owner, workspace.id, a);
    const c = await createClaim(owner, workspace.id, { text: "Old news" });
    await deleteClaim(owner, workspace.id, c.id);
    await db.claim.update({ where: { id: c.id }, data: { deletedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) } });
    expect((await listTrash(owner, workspace.id)).map((t) => t.id)).toEqual([a]);
    await expect(restoreFromTrash(owner, workspace.id, c.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/30 days/) });

    // b is deleted too; a comes back alone, its edge stays in the trash.
    await deleteClaim(owner, workspace.id, b);
    const result = await restoreFromTrash(owner, workspace.id, a);
    expect(result.restoredEdgeIds).toEqual([]);
    expect((await getMap(owner, workspace.id)).edges).toEqual([]);
  });
});

describe("undo", () => {
  it("reverses my own last changes one by one: edit, edge kind, delete, creation", async () => {
    const { owner, workspace, a, b, edge } = await setUp();
    await updateClaim(owner, workspace.id, a, { version: 1, text: "Prices doubled" });
    await updateEdge(owner, workspace.id, edge, { version: 1, kind: "oppose", note: "no" });
    expect(await peekUndo(owner, workspace.id)).toMatchObject({ summary: "turned an edge into “oppose”" });

    await undoLastChange(owner, workspace.id);
    expect((await getMap(owner, workspace.id)).edges[0]).toMatchObject({ kind: "support", note: "" });
    await undoLastChange(owner, workspace.id);
    expect((await getMap(owner, workspace.id)).claims.find((c) => c.id === a)!.text).toBe("Prices rose");
    expect((await claimRevisions(owner, workspace.id, a)).map((r) => r.text)).toEqual(["Prices rose", "Prices doubled", "Prices rose"]);

    await deleteClaim(owner, workspace.id, b);
    await undoLastChange(owner, workspace.id);
    expect((await getMap(owner, workspace.id)).edges.map((e) => e.id)).toEqual([edge]);

    // Next: the edge's creation, then the claims'.
    await undoLastChange(owner, workspace.id);
    expect((await getMap(owner, workspace.id)).edges).toEqual([]);
    await undoLastChange(owner, workspace.id);
    expect((await getMap(owner, workspace.id)).claims.map((c) => c.id)).toEqual([a]);
  });

  it("refuses to overwrite someone else's later change, and refuses viewers", async () => {
    const { owner, workspace, members, a, edge } = await setUp();
    await updateClaim(owner, workspace.id, a, { version: 1, text: "Mine" });
    await updateClaim(members.editor!, workspace.id, a, { version: 2, text: "Theirs" });
    await expect(undoLastChange(owner, workspace.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Someone else/) });
    await expect(undoLastChange(members.viewer!, workspace.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(undoLastChange(await makeUser("stranger"), workspace.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await deleteEdge(members.editor!, workspace.id, edge);
    await undoLastChange(members.editor!, workspace.id); // the editor undoes their own deletion
    expect((await getMap(owner, workspace.id)).edges.map((e) => e.id)).toEqual([edge]);
  });
});

describe("activity feed", () => {
  it("lists who did what with links, newest first, in pages", async () => {
    const { owner, workspace, members, a } = await setUp();
    const feed = await activityFeed(members.viewer!, workspace.id);
    expect(feed.items[0]).toMatchObject({ entityType: "edge", action: "created" });
    expect(feed.items.find((i) => i.entityId === a)).toMatchObject({ href: `/w/${workspace.id}/map?claim=${a}` });
    for (let i = 0; i < 55; i++) await createClaim(owner, workspace.id, { text: `Claim ${i}` });
    const first = await activityFeed(owner, workspace.id);
    expect(first.items).toHaveLength(50);
    const second = await activityFeed(owner, workspace.id, first.next);
    expect(second.items.length).toBeGreaterThan(0);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(first.items.length + second.items.length);
    await expect(activityFeed(await makeUser("stranger"), workspace.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // 55 claims take about 4 s alone and over 5 s on a busy machine; jest applies the integration
    // project's testTimeout only to some runs, so this test names its own.
  }, 30_000);
});

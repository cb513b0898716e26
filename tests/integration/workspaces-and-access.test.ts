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
import { listSources } from "@/lib/server/services/sources/list-sources";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";
import { listWorkspaces } from "@/lib/server/services/workspaces/list-workspaces";
import { makeUser, makeWorkspace, SEMINAR_TEXT } from "./fixtures";

describe("workspaces", () => {
  it("makes the creator the owner and lists a workspace only to its members", async () => {
    const { owner, workspace } = await makeWorkspace();
    const outsider = await makeUser("outsider");
    expect(await listWorkspaces(owner)).toEqual([expect.objectContaining({ id: workspace.id, role: "owner" })]);
    expect(await listWorkspaces(outsider)).toEqual([]);
    const log = await db.activity.findMany({ where: { workspaceId: workspace.id } });
    expect(log.map((a) => a.action)).toEqual(["created"]);
  });

  it("refuses an empty name", async () => {
    const { owner } = await makeWorkspace();
    const { createWorkspace } = await import("@/lib/server/services/workspaces/create-workspace");
    await expect(createWorkspace(owner, { name: "   " })).rejects.toThrow(/name/);
  });
});

describe("access to a workspace", () => {
  let ctx: Awaited<ReturnType<typeof makeWorkspace>>;
  let ids: { source: string; claim: string; other: string; edge: string };
  let outsider: { id: string };

  beforeAll(async () => {
    ctx = await makeWorkspace(["editor", "commenter", "viewer"]);
    outsider = await makeUser("outsider");
    const source = await importSource(ctx.owner, ctx.workspace.id, { author: "A", title: "T" }, { text: SEMINAR_TEXT });
    const claim = await createClaim(ctx.owner, ctx.workspace.id, { text: "One" });
    const other = await createClaim(ctx.owner, ctx.workspace.id, { text: "Two" });
    const edge = await createEdge(ctx.owner, ctx.workspace.id, { from: claim.id, to: other.id, kind: "support" });
    ids = { source: source.id, claim: claim.id, other: other.id, edge: edge.id };
  });

  const reads: [string, (actor: { id: string }) => Promise<unknown>][] = [
    ["getWorkspace", (a) => getWorkspace(a, ctx.workspace.id)],
    ["getMap", (a) => getMap(a, ctx.workspace.id)],
    ["listSources", (a) => listSources(a, ctx.workspace.id)],
    ["getSource", (a) => getSource(a, ctx.workspace.id, ids.source)],
  ];
  const writes: [string, (actor: { id: string }) => Promise<unknown>][] = [
    ["importSource", (a) => importSource(a, ctx.workspace.id, { author: "A", title: "T" }, { text: "Words." })],
    ["createClaim", (a) => createClaim(a, ctx.workspace.id, { text: "Three" })],
    ["updateClaim", (a) => updateClaim(a, ctx.workspace.id, ids.claim, { version: 1, text: "Changed" })],
    ["deleteClaim", (a) => deleteClaim(a, ctx.workspace.id, ids.claim)],
    ["createEdge", (a) => createEdge(a, ctx.workspace.id, { from: ids.other, to: ids.claim, kind: "oppose" })],
    ["updateEdge", (a) => updateEdge(a, ctx.workspace.id, ids.edge, { version: 1, note: "x" })],
    ["deleteEdge", (a) => deleteEdge(a, ctx.workspace.id, ids.edge)],
  ];

  it.each([...reads, ...writes])("%s gives a non-member NOT_FOUND, like a missing workspace", async (_, call) => {
    await expect(call(outsider)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each(writes)("%s refuses viewers and commenters with FORBIDDEN and changes nothing", async (_, call) => {
    const before = await getMap(ctx.owner, ctx.workspace.id);
    await expect(call(ctx.members.viewer!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(call(ctx.members.commenter!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getMap(ctx.owner, ctx.workspace.id)).toEqual(before);
  });

  it.each(reads)("%s lets a viewer read", async (_, call) => {
    await expect(call(ctx.members.viewer!)).resolves.toBeTruthy();
  });

  it("refuses ids from another workspace even to its own owner", async () => {
    const elsewhere = await makeWorkspace();
    await expect(getSource(elsewhere.owner, elsewhere.workspace.id, ids.source)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateClaim(elsewhere.owner, elsewhere.workspace.id, ids.claim, { version: 1, text: "hijack" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await createClaim(elsewhere.owner, elsewhere.workspace.id, { text: "Mine" });
    await expect(createEdge(elsewhere.owner, elsewhere.workspace.id, { from: mine.id, to: ids.claim, kind: "oppose" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteEdge(elsewhere.owner, elsewhere.workspace.id, ids.edge)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

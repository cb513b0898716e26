import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { deleteEdge } from "@/lib/server/services/inferences/delete-edge";
import { updateEdge } from "@/lib/server/services/inferences/update-edge";
import { getMap } from "@/lib/server/services/map/get-map";
import { makeWorkspace } from "./fixtures";

async function setUp() {
  const ctx = await makeWorkspace(["viewer"]);
  const claim = async (text: string) => (await createClaim(ctx.owner, ctx.workspace.id, { text })).id;
  const rain = await claim("It rained all spring");
  const harvest = await claim("The harvest failed");
  const irrigation = await claim("The fields were irrigated, so rain did not matter");
  const edge = (await createEdge(ctx.owner, ctx.workspace.id, { from: rain, to: harvest, kind: "support" })).id;
  return { ...ctx, rain, harvest, irrigation, edge };
}

describe("undercuts", () => {
  it("lets a claim object to an edge; the map lists it apart from claim-to-claim edges", async () => {
    const { owner, workspace, irrigation, edge } = await setUp();
    const undercut = await createEdge(owner, workspace.id, { kind: "undercut", from: irrigation, targetEdge: edge, note: "Rain is irrelevant to irrigated land" });
    const map = await getMap(owner, workspace.id);
    expect(map.edges.map((e) => e.id)).toEqual([edge]);
    expect(map.undercuts).toEqual([expect.objectContaining({ id: undercut.id, from: irrigation, targetEdgeId: edge, note: "Rain is irrelevant to irrigated land" })]);
  });

  it("refuses duplicates, undercuts of undercuts, self-objections, other workspaces' edges and viewers", async () => {
    const { owner, workspace, members, rain, irrigation, edge } = await setUp();
    const first = await createEdge(owner, workspace.id, { kind: "undercut", from: irrigation, targetEdge: edge });
    await expect(createEdge(owner, workspace.id, { kind: "undercut", from: irrigation, targetEdge: edge })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createEdge(owner, workspace.id, { kind: "undercut", from: rain, targetEdge: edge })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/part of/) });
    await expect(createEdge(owner, workspace.id, { kind: "undercut", from: rain, targetEdge: first.id })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createEdge(owner, workspace.id, { kind: "undercut", from: irrigation })).rejects.toThrow(/targetEdge/);
    const other = await makeWorkspace();
    const a = await createClaim(other.owner, other.workspace.id, { text: "x" });
    const b = await createClaim(other.owner, other.workspace.id, { text: "y" });
    const foreign = await createEdge(other.owner, other.workspace.id, { from: a.id, to: b.id, kind: "support" });
    await expect(createEdge(owner, workspace.id, { kind: "undercut", from: irrigation, targetEdge: foreign.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createEdge(members.viewer!, workspace.id, { kind: "undercut", from: rain, targetEdge: edge })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateEdge(owner, workspace.id, first.id, { version: 1, kind: "support" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("goes with the edge it targets, and with the claims of that edge", async () => {
    const { owner, workspace, irrigation, edge } = await setUp();
    const undercut = await createEdge(owner, workspace.id, { kind: "undercut", from: irrigation, targetEdge: edge });
    expect((await deleteEdge(owner, workspace.id, edge)).deletedEdgeIds.sort()).toEqual([edge, undercut.id].sort());
    expect((await getMap(owner, workspace.id)).undercuts).toEqual([]);

    const second = await setUp();
    const objection = await createEdge(second.owner, second.workspace.id, { kind: "undercut", from: second.irrigation, targetEdge: second.edge });
    expect((await deleteClaim(second.owner, second.workspace.id, second.harvest)).deletedEdgeIds.sort()).toEqual([second.edge, objection.id].sort());
  });
});

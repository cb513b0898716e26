import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { updateClaim } from "@/lib/server/services/claims/update-claim";
import { addPremise, removePremise } from "@/lib/server/services/inferences/change-premises";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { undoLastChange } from "@/lib/server/services/history/undo";
import { getMap } from "@/lib/server/services/map/get-map";
import { importSource } from "@/lib/server/services/sources/import-source";
import { makeWorkspace } from "./fixtures";

/** A conclusion with one reason, and two more claims that could join it. */
async function setUp() {
  const ctx = await makeWorkspace(["viewer", "commenter", "editor"]);
  const claim = async (text: string) => (await createClaim(ctx.owner, ctx.workspace.id, { text })).id;
  const harvest = await claim("The harvest will fail");
  const drought = await claim("There has been no rain since March");
  const noWells = await claim("The farms have no wells");
  const prices = await claim("Grain prices are rising");
  const edge = (await createEdge(ctx.owner, ctx.workspace.id, { from: drought, to: harvest, kind: "support" })).id;
  return { ...ctx, harvest, drought, noWells, prices, edge };
}

const premisesOf = async (ownerId: string, workspaceId: string, edgeId: string) =>
  (await getMap({ id: ownerId }, workspaceId)).edges.find((e) => e.id === edgeId)?.premises;

describe("linked premises", () => {
  it("adds a claim as a further premise: the map lists both, the version moves and the change is logged", async () => {
    const { owner, workspace, members, edge, drought, noWells } = await setUp();
    const result = await addPremise(members.editor!, workspace.id, edge, { version: 1, claimId: noWells });
    expect(result).toEqual({ id: edge, version: 2, premiseId: noWells });
    expect(await premisesOf(owner.id, workspace.id, edge)).toEqual([drought, noWells]);
    const row = await db.inference.findUniqueOrThrow({ where: { id: edge } });
    expect(row.signature).toBe(`support:${[drought, noWells].sort().join(",")}>${row.conclusionId}`);
    const activity = await db.activity.findFirstOrThrow({ where: { workspaceId: workspace.id, entityId: edge, action: "updated" } });
    expect(activity.summary).toMatch(/further premise/);
    expect(JSON.parse(activity.data)).toEqual({ premisesBefore: [drought], premisesAfter: [drought, noWells] });
  });

  it("refuses the conclusion, a duplicate premise, a circular premise, a stale version and another workspace's claim", async () => {
    const { owner, workspace, edge, harvest, drought, noWells, prices } = await setUp();
    await expect(addPremise(owner, workspace.id, edge, { version: 1, claimId: harvest })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/own conclusion/) });
    await expect(addPremise(owner, workspace.id, edge, { version: 1, claimId: drought })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/already a premise/) });
    // harvest supports prices: prices cannot rest on harvest's own conclusion chain the other way round.
    const pricesEdge = (await createEdge(owner, workspace.id, { from: harvest, to: prices, kind: "support" })).id;
    await expect(addPremise(owner, workspace.id, edge, { version: 1, claimId: prices })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/circular/) });
    await addPremise(owner, workspace.id, edge, { version: 1, claimId: noWells });
    await expect(addPremise(owner, workspace.id, edge, { version: 1, claimId: noWells })).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await makeWorkspace();
    const foreign = (await createClaim(other.owner, other.workspace.id, { text: "Elsewhere" })).id;
    await expect(addPremise(owner, workspace.id, edge, { version: 2, claimId: foreign })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addPremise(other.owner, other.workspace.id, edge, { version: 2, claimId: foreign })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addPremise(owner, workspace.id, edge, { version: 2, claimId: "" })).rejects.toThrow();
    await expect(addPremise(owner, workspace.id, edge, { claimId: noWells })).rejects.toThrow();
    // Nothing of the refused calls stuck.
    expect(await premisesOf(owner.id, workspace.id, edge)).toEqual([drought, noWells]);
    expect(pricesEdge).toBeTruthy();
  });

  it("refuses viewers and commenters, and an undercut as the target", async () => {
    const { owner, workspace, members, edge, noWells, prices } = await setUp();
    await expect(addPremise(members.viewer!, workspace.id, edge, { version: 1, claimId: noWells })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addPremise(members.commenter!, workspace.id, edge, { version: 1, claimId: noWells })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const undercut = (await createEdge(owner, workspace.id, { kind: "undercut", from: prices, targetEdge: edge })).id;
    await expect(addPremise(owner, workspace.id, undercut, { version: 1, claimId: noWells })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("keeps premise sets unique: a linked group equal to another edge's is refused", async () => {
    const { owner, workspace, edge, harvest, drought, noWells } = await setUp();
    const second = (await createEdge(owner, workspace.id, { from: noWells, to: harvest, kind: "support" })).id;
    await addPremise(owner, workspace.id, edge, { version: 1, claimId: noWells });
    await expect(addPremise(owner, workspace.id, second, { version: 1, claimId: drought })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/exactly these premises/) });
    expect(await premisesOf(owner.id, workspace.id, second)).toEqual([noWells]);
  });

  it("removes a premise from a linked group; the last but one leaves a single-premise edge, the last stays", async () => {
    const { owner, workspace, edge, drought, noWells, prices } = await setUp();
    await addPremise(owner, workspace.id, edge, { version: 1, claimId: noWells });
    await addPremise(owner, workspace.id, edge, { version: 2, claimId: prices });
    await expect(removePremise(owner, workspace.id, edge, { version: 2, claimId: prices })).rejects.toMatchObject({ code: "CONFLICT" });
    await removePremise(owner, workspace.id, edge, { version: 3, claimId: drought });
    expect(await premisesOf(owner.id, workspace.id, edge)).toEqual([noWells, prices]);
    await removePremise(owner, workspace.id, edge, { version: 4, claimId: prices });
    const map = await getMap(owner, workspace.id);
    expect(map.edges.find((e) => e.id === edge)).toMatchObject({ from: noWells, premises: [noWells] });
    expect(map.claims.map((c) => c.id)).toContain(prices);
    await expect(removePremise(owner, workspace.id, edge, { version: 5, claimId: noWells })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/at least one premise/) });
    await expect(removePremise(owner, workspace.id, edge, { version: 5, claimId: drought })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/not a premise/) });
  });

  it("undoes an added premise", async () => {
    const { owner, workspace, edge, drought, noWells } = await setUp();
    await addPremise(owner, workspace.id, edge, { version: 1, claimId: noWells });
    await undoLastChange(owner, workspace.id);
    expect(await premisesOf(owner.id, workspace.id, edge)).toEqual([drought]);
    const row = await db.inference.findUniqueOrThrow({ where: { id: edge } });
    expect(row.signature).toBe(`support:${drought}>${row.conclusionId}`);
    expect(row.version).toBe(3);
  });
});

describe("unstated premises", () => {
  it("creates an unanchored claim of type unstated as a linked premise, in one step", async () => {
    const { owner, workspace, edge, drought } = await setUp();
    const result = await addPremise(owner, workspace.id, edge, { version: 1, unstated: "  Crops need water they can only get from rain  " });
    const map = await getMap(owner, workspace.id);
    const unstated = map.claims.find((c) => c.id === result.premiseId)!;
    expect(unstated).toMatchObject({ text: "Crops need water they can only get from rain", type: "unstated", anchor: null });
    expect(map.edges.find((e) => e.id === edge)?.premises).toEqual([drought, result.premiseId]);
    const row = await db.inferencePremise.findUniqueOrThrow({ where: { inferenceId_claimId: { inferenceId: edge, claimId: result.premiseId } } });
    expect(row.unstated).toBe(true);
  });

  it("adds nothing when the edge is stale or the text empty", async () => {
    const { owner, workspace, edge } = await setUp();
    const claimsBefore = await db.claim.count({ where: { workspaceId: workspace.id } });
    await expect(addPremise(owner, workspace.id, edge, { version: 7, unstated: "An assumption" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addPremise(owner, workspace.id, edge, { version: 1, unstated: "   " })).rejects.toThrow();
    await expect(addPremise(owner, workspace.id, edge, { version: 1, unstated: "x".repeat(2001) })).rejects.toThrow();
    expect(await db.claim.count({ where: { workspaceId: workspace.id } })).toBe(claimsBefore);
  });

  it("is never anchored: creating or retyping an anchored claim as unstated is refused", async () => {
    const { owner, workspace } = await setUp();
    const source = await importSource(owner, workspace.id, { author: "Ceres", title: "On Farming" }, { text: "Without rain nothing grows in these hills." });
    await expect(
      createClaim(owner, workspace.id, { text: "Nothing grows", type: "unstated", anchor: { sourceId: source.id, exact: "nothing grows" } }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/cannot be anchored/) });
    const anchored = await createClaim(owner, workspace.id, { text: "Nothing grows", anchor: { sourceId: source.id, exact: "nothing grows" } });
    await expect(updateClaim(owner, workspace.id, anchored.id, { version: 1, type: "unstated" })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

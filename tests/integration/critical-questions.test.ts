import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { deleteEdge } from "@/lib/server/services/inferences/delete-edge";
import { raiseCriticalQuestion } from "@/lib/server/services/inferences/raise-critical-question";
import { updateEdge } from "@/lib/server/services/inferences/update-edge";
import { undoLastChange } from "@/lib/server/services/history/undo";
import { getMap } from "@/lib/server/services/map/get-map";
import { makeWorkspace } from "./fixtures";

/** "The agronomist says the soil is exhausted" supports "The soil is exhausted", typed from expert opinion. */
async function setUp() {
  const ctx = await makeWorkspace(["commenter"]);
  const claim = async (text: string) => (await createClaim(ctx.owner, ctx.workspace.id, { text })).id;
  const says = await claim("The agronomist says the soil is exhausted");
  const exhausted = await claim("The soil is exhausted");
  const edge = (await createEdge(ctx.owner, ctx.workspace.id, { from: says, to: exhausted, kind: "support" })).id;
  await updateEdge(ctx.owner, ctx.workspace.id, edge, { version: 1, scheme: "expert-opinion" });
  return { ...ctx, says, exhausted, edge };
}

describe("schemes on inferences", () => {
  it("types an inference with a scheme from the catalogue, checks the version, and undoes it", async () => {
    const { owner, workspace, edge } = await setUp();
    expect((await getMap(owner, workspace.id)).edges.find((e) => e.id === edge)).toMatchObject({ scheme: "expert-opinion", raisedQuestions: [] });
    await expect(updateEdge(owner, workspace.id, edge, { version: 2, scheme: "astrology" })).rejects.toThrow(/scheme from the list/);
    await expect(updateEdge(owner, workspace.id, edge, { version: 1, scheme: "sign" })).rejects.toMatchObject({ code: "CONFLICT" });
    await updateEdge(owner, workspace.id, edge, { version: 2, scheme: "sign" });
    const activity = await db.activity.findFirstOrThrow({ where: { entityId: edge, action: "updated" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(activity.summary).toMatch(/From sign/);
    await undoLastChange(owner, workspace.id);
    expect((await db.inference.findUniqueOrThrow({ where: { id: edge } })).scheme).toBe("expert-opinion");
    await updateEdge(owner, workspace.id, edge, { version: 4, scheme: null });
    expect((await db.inference.findUniqueOrThrow({ where: { id: edge } })).scheme).toBeNull();
  });
});

describe("raising a critical question", () => {
  it("turns a question about the inference into an undercut worded by the user, recorded as answering it", async () => {
    const { owner, workspace, edge } = await setUp();
    const raised = await raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "expert-opinion", question: "field", text: "  Agronomy says nothing about this hillside  " });
    expect(raised.kind).toBe("undercut");
    const map = await getMap(owner, workspace.id);
    expect(map.claims.find((c) => c.id === raised.claimId)).toMatchObject({ text: "Agronomy says nothing about this hillside", type: "objection" });
    expect(map.undercuts.find((u) => u.id === raised.edgeId)).toMatchObject({ targetEdgeId: edge, note: "Is the claim within the source's field of expertise?", answers: { edgeId: edge, question: "expert-opinion/field" } });
    expect(map.edges.find((e) => e.id === edge)?.raisedQuestions).toEqual([{ question: "expert-opinion/field", edgeId: raised.edgeId }]);
  });

  it("turns a question about a premise into an opposing claim aimed at that premise", async () => {
    const { owner, workspace, edge, says } = await setUp();
    const raised = await raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "expert-opinion", question: "asserted", text: "The agronomist spoke of another valley" });
    expect(raised.kind).toBe("oppose");
    const map = await getMap(owner, workspace.id);
    expect(map.edges.find((e) => e.id === raised.edgeId)).toMatchObject({ from: raised.claimId, to: says, kind: "oppose", answers: { edgeId: edge, question: "expert-opinion/asserted" } });
  });

  it("refuses a question twice, a stale scheme, an unknown question, a wrong premise, empty text and commenters; nothing is written", async () => {
    const { owner, workspace, members, edge, exhausted } = await setUp();
    await raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "expert-opinion", question: "field", text: "Outside the field" });
    const claimsBefore = await db.claim.count({ where: { workspaceId: workspace.id } });
    await expect(raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "expert-opinion", question: "field", text: "Again" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already been raised/) });
    await expect(raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "sign", question: "correlation", text: "x" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/now typed/) });
    await expect(raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "expert-opinion", question: "horoscope", text: "x" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "expert-opinion", question: "expertise", text: "x", premiseId: exhausted })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/premises/) });
    await expect(raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "expert-opinion", question: "expertise", text: " " })).rejects.toThrow();
    await expect(raiseCriticalQuestion(members.commenter!, workspace.id, edge, { scheme: "expert-opinion", question: "expertise", text: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await makeWorkspace();
    await expect(raiseCriticalQuestion(other.owner, other.workspace.id, edge, { scheme: "expert-opinion", question: "expertise", text: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.claim.count({ where: { workspaceId: workspace.id } })).toBe(claimsBefore);
  });

  it("reopens the question when its objection is deleted", async () => {
    const { owner, workspace, edge } = await setUp();
    const raised = await raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "expert-opinion", question: "field", text: "Outside the field" });
    await deleteEdge(owner, workspace.id, raised.edgeId);
    expect((await getMap(owner, workspace.id)).edges.find((e) => e.id === edge)?.raisedQuestions).toEqual([]);
    const again = await raiseCriticalQuestion(owner, workspace.id, edge, { scheme: "expert-opinion", question: "field", text: "Still outside the field" });
    expect(again.edgeId).not.toBe(raised.edgeId);
  });
});

import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { EDGE_CONFLICT_MESSAGE, updateEdge } from "@/lib/server/services/inferences/update-edge";
import { getMap } from "@/lib/server/services/map/get-map";
import { importSource } from "@/lib/server/services/sources/import-source";
import type { AppError } from "@/lib/errors";
import type { EdgeConflictVersion } from "@/lib/graph/types";
import { makeUser, makeWorkspace, SEMINAR_TEXT } from "./fixtures";

/** Two editors working on one edge: a stale save is refused with the saved version, and nothing is lost. */
async function setup() {
  const { owner, workspace, members } = await makeWorkspace(["editor"]);
  const ws = workspace.id;
  const bea = members.editor!;
  await db.user.update({ where: { id: bea.id }, data: { name: "Bea" } });
  const source = await importSource(owner, ws, { author: "Ann Author", title: "On the state", year: 1971 }, { text: SEMINAR_TEXT });
  const a = await createClaim(owner, ws, { text: "The state stands above classes" });
  const b = await createClaim(owner, ws, { text: "The text is about the state" });
  const edge = await createEdge(owner, ws, { from: a.id, to: b.id, kind: "support", note: "first reading", evidence: [{ note: "kept evidence" }] });
  return { ws, ada: owner, bea, source, edge };
}

async function refusal(promise: Promise<unknown>): Promise<AppError & { details: { current: EdgeConflictVersion } }> {
  try {
    await promise;
  } catch (error) {
    return error as AppError & { details: { current: EdgeConflictVersion } };
  }
  throw new Error("expected the save to be refused");
}

async function savedEdge(ada: { id: string }, ws: string) {
  return (await getMap(ada as never, ws)).edges[0]!;
}

describe("edge edit conflicts", () => {
  it("refuses a stale save with the other person's kind, note, evidence and name, and saves none of it", async () => {
    const { ws, ada, bea, source, edge } = await setup();
    await updateEdge(bea, ws, edge.id, { version: 1, kind: "oppose", note: "Bea: it cuts the other way", addEvidence: [{ sourceId: source.id, exact: "stands above classes", note: "Bea's quote" }] });

    const kept = (await savedEdge(ada, ws)).evidence.find((e) => e.note === "kept evidence")!;
    const error = await refusal(
      updateEdge(ada, ws, edge.id, { version: 1, kind: "support", note: "Ada: a better reason", addEvidence: [{ note: "Ada's evidence" }], removeEvidenceIds: [kept.id] }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", status: 409, message: EDGE_CONFLICT_MESSAGE });
    expect(error.details.current).toMatchObject({ id: edge.id, kind: "oppose", note: "Bea: it cuts the other way", version: 2, changedBy: "Bea" });
    expect(error.details.current.evidence.map((e) => [e.note, e.quote?.exact ?? null])).toEqual([
      ["kept evidence", null],
      ["Bea's quote", "stands above classes"],
    ]);
    expect(error.details.current.evidence[1]!.quote).toMatchObject({ sourceAuthor: "Ann Author", sourceTitle: "On the state" });

    const after = await savedEdge(ada, ws);
    expect(after).toMatchObject({ kind: "oppose", note: "Bea: it cuts the other way", version: 2 });
    expect(after.evidence.map((e) => e.note)).toEqual(["kept evidence", "Bea's quote"]);
  });

  it("accepts the same edit resubmitted on the version it was shown", async () => {
    const { ws, ada, bea, edge } = await setup();
    await updateEdge(bea, ws, edge.id, { version: 1, note: "Bea's note" });
    const error = await refusal(updateEdge(ada, ws, edge.id, { version: 1, note: "Ada's note" }));
    const saved = await updateEdge(ada, ws, edge.id, { version: error.details.current.version, note: "Ada's note, merged with Bea's" });
    expect(saved).toEqual({ id: edge.id, version: 3 });
    expect(await savedEdge(ada, ws)).toMatchObject({ note: "Ada's note, merged with Bea's", version: 3 });
  });

  it("lets exactly one of two simultaneous saves on the same version through", async () => {
    const { ws, ada, bea, edge } = await setup();
    const results = await Promise.allSettled([
      updateEdge(ada, ws, edge.id, { version: 1, note: "Ada at once" }),
      updateEdge(bea, ws, edge.id, { version: 1, note: "Bea at once" }),
    ]);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(1);
    const winner = (await savedEdge(ada, ws)).note;
    expect(["Ada at once", "Bea at once"]).toContain(winner);
    expect(refused[0]!.reason).toMatchObject({ code: "CONFLICT", details: { current: { note: winner, version: 2 } } });
  });

  it("reports a stale save as a conflict even when it would also duplicate another edge", async () => {
    const { ws, ada, bea, edge } = await setup();
    const map = await savedEdge(ada, ws);
    await createEdge(ada, ws, { from: map.from, to: map.to, kind: "oppose" });
    await updateEdge(bea, ws, edge.id, { version: 1, note: "Bea was here" });
    const error = await refusal(updateEdge(ada, ws, edge.id, { version: 1, kind: "oppose" }));
    expect(error).toMatchObject({ code: "CONFLICT", details: { current: { note: "Bea was here" } } });
  });

  it("gives a stranger nothing about the edge", async () => {
    const { ws, edge } = await setup();
    const stranger = await makeUser("stranger");
    await expect(updateEdge(stranger, ws, edge.id, { version: 1, note: "x" })).rejects.toMatchObject({ code: "NOT_FOUND", details: undefined });
  });
});

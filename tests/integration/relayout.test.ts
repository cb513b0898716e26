import { createClaim } from "@/lib/server/services/claims/create-claim";
import { updateClaim } from "@/lib/server/services/claims/update-claim";
import { getMap } from "@/lib/server/services/map/get-map";
import { relayoutMap } from "@/lib/server/services/map/relayout-map";
import { activityFeed } from "@/lib/server/services/history/activity-feed";
import { undoLastChange } from "@/lib/server/services/history/undo";
import { makeWorkspace } from "./fixtures";

async function setUp() {
  const ctx = await makeWorkspace(["editor", "viewer"]);
  const ws = ctx.workspace.id;
  const placed = await createClaim(ctx.owner, ws, { text: "Placed by hand", position: { x: 5, y: 6 } });
  const free = await createClaim(ctx.owner, ws, { text: "Laid out automatically" });
  const third = await createClaim(ctx.owner, ws, { text: "A third claim", position: { x: 50, y: 60 } });
  return { ...ctx, ws, placed: placed.id, free: free.id, third: third.id };
}
const positionsOf = async (actor: { id: string }, ws: string) => Object.fromEntries((await getMap(actor, ws)).claims.map((c) => [c.id, c.position]));

describe("re-layout", () => {
  it("saves every position in one change, logged, and undo puts each claim back (unplaced ones unplaced)", async () => {
    const { owner, members, ws, placed, free, third } = await setUp();
    const result = await relayoutMap(members.editor!, ws, { algorithm: "radial", positions: { [placed]: { x: 100.4, y: 200 }, [free]: { x: 300, y: 200 }, [third]: { x: 500, y: 200 } } });
    expect(result).toEqual({ placed: 3, algorithm: "radial" });
    expect(await positionsOf(owner, ws)).toEqual({ [placed]: { x: 100, y: 200 }, [free]: { x: 300, y: 200 }, [third]: { x: 500, y: 200 } });
    const feed = await activityFeed(owner, ws);
    expect(feed.items[0]).toMatchObject({ entityType: "layout", summary: "re-laid out the map (radial, 3 claims)", href: `/w/${ws}/map` });

    // Someone drags one claim after the re-layout: undo leaves that one where they put it.
    await updateClaim(owner, ws, third, { position: { x: 999, y: 999 } });
    expect(await undoLastChange(members.editor!, ws)).toMatchObject({ undone: "re-laid out the map (radial, 3 claims)", entityType: "layout" });
    expect(await positionsOf(owner, ws)).toEqual({ [placed]: { x: 5, y: 6 }, [free]: null, [third]: { x: 999, y: 999 } });
    await expect(undoLastChange(members.editor!, ws)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses viewers, other workspaces' claims, bad input and stale ids, and changes nothing", async () => {
    const { owner, members, ws, placed } = await setUp();
    const other = await makeWorkspace();
    const foreign = await createClaim(other.owner, other.workspace.id, { text: "Elsewhere" });
    await expect(relayoutMap(members.viewer!, ws, { algorithm: "layered", positions: { [placed]: { x: 1, y: 1 } } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(relayoutMap(owner, ws, { algorithm: "layered", positions: { [placed]: { x: 1, y: 1 }, [foreign.id]: { x: 2, y: 2 } } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(relayoutMap(owner, ws, { algorithm: "spiral", positions: { [placed]: { x: 1, y: 1 } } })).rejects.toThrow();
    await expect(relayoutMap(owner, ws, { algorithm: "layered", positions: { [placed]: { x: Number.POSITIVE_INFINITY, y: 1 } } })).rejects.toThrow();
    await expect(relayoutMap(owner, ws, { algorithm: "layered", positions: {} })).rejects.toThrow(/at least one/);
    expect((await positionsOf(owner, ws))[placed]).toEqual({ x: 5, y: 6 });
    expect((await positionsOf(other.owner, other.workspace.id))[foreign.id]).toBeNull();
  });

  it("undo refuses when every claim has been moved since", async () => {
    const { owner, ws, placed } = await setUp();
    await relayoutMap(owner, ws, { algorithm: "layered", positions: { [placed]: { x: 1, y: 1 } } });
    await updateClaim(owner, ws, placed, { position: { x: 7, y: 7 } });
    await expect(undoLastChange(owner, ws)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

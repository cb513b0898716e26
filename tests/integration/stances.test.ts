import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { updateClaim } from "@/lib/server/services/claims/update-claim";
import { getMap } from "@/lib/server/services/map/get-map";
import { clearStance, setStance } from "@/lib/server/services/stances/set-stance";
import { stanceOverview } from "@/lib/server/services/stances/stance-overview";
import { updateWorkspace } from "@/lib/server/services/workspaces/update-workspace";
import { makeUser, makeWorkspace } from "./fixtures";

async function setUp() {
  const ctx = await makeWorkspace(["editor", "commenter", "viewer"]);
  const thesis = await createClaim(ctx.owner, ctx.workspace.id, { text: "The Cultural Revolution was a mass movement", type: "thesis" });
  return { ...ctx, thesis: thesis.id };
}

const tallyFor = async (user: { id: string }, workspaceId: string, claimId: string) =>
  (await getMap(user, workspaceId)).claims.find((c) => c.id === claimId)!.stances;

describe("stances", () => {
  it("lets every member, viewers too, mark and change a stance; strangers are refused", async () => {
    const { workspace, members, thesis, owner } = await setUp();
    await setStance(members.commenter!, workspace.id, thesis, { value: "agree" });
    await setStance(members.editor!, workspace.id, thesis, { value: "disagree" });
    await setStance(members.commenter!, workspace.id, thesis, { value: "unsure" });
    expect(await tallyFor(owner, workspace.id, thesis)).toMatchObject({ agree: 0, disagree: 1, unsure: 1, hidden: false, mine: null });
    expect((await tallyFor(members.commenter!, workspace.id, thesis)).mine).toMatchObject({ value: "unsure", stale: false });

    // A stance says where the member stands and changes nothing on the map: viewers mark theirs too.
    await setStance(members.viewer!, workspace.id, thesis, { value: "agree" });
    expect((await tallyFor(members.viewer!, workspace.id, thesis)).mine).toMatchObject({ value: "agree" });
    await clearStance(members.viewer!, workspace.id, thesis);
    await expect(setStance(await makeUser("stranger"), workspace.id, thesis, { value: "agree" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setStance(members.editor!, workspace.id, thesis, { value: "maybe" })).rejects.toThrow(/agree, disagree or unsure/);
    const other = await makeWorkspace();
    const foreign = await createClaim(other.owner, other.workspace.id, { text: "Elsewhere" });
    await expect(setStance(members.editor!, workspace.id, foreign.id, { value: "agree" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await clearStance(members.editor!, workspace.id, thesis);
    expect(await tallyFor(owner, workspace.id, thesis)).toMatchObject({ disagree: 0, unsure: 1 });
  });

  it("shows a stance as given on an earlier wording after the claim is reworded, until its author confirms", async () => {
    const { workspace, members, thesis, owner } = await setUp();
    await setStance(members.commenter!, workspace.id, thesis, { value: "agree" });
    await updateClaim(owner, workspace.id, thesis, { version: 1, text: "The Cultural Revolution began as a mass movement" });
    const stale = await tallyFor(members.commenter!, workspace.id, thesis);
    expect(stale).toMatchObject({ agree: 1, stale: 1, mine: { value: "agree", stale: true, judgedText: "The Cultural Revolution was a mass movement" } });

    await setStance(members.commenter!, workspace.id, thesis, { value: "agree" });
    expect((await tallyFor(members.commenter!, workspace.id, thesis)).mine).toMatchObject({ stale: false, judgedText: "The Cultural Revolution began as a mass movement" });
    const row = await db.stance.findFirstOrThrow({ where: { claimId: thesis, userId: members.commenter!.id } });
    expect(row.claimVersion).toBe(2);
  });

  it("in blind mode hides others' stances until you mark your own; the owner sees all; only owners switch it", async () => {
    const { workspace, members, thesis, owner } = await setUp();
    await expect(updateWorkspace(members.editor!, workspace.id, { blindStances: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateWorkspace(owner, workspace.id, { blindStances: true });
    await setStance(members.editor!, workspace.id, thesis, { value: "disagree" });

    expect(await tallyFor(members.commenter!, workspace.id, thesis)).toMatchObject({ disagree: 0, hidden: true });
    const before = await stanceOverview(members.commenter!, workspace.id);
    const editorRow = before.members.findIndex((m) => m.userId === members.editor!.id);
    expect(before.cells[editorRow]![0]).toBe("hidden");

    await setStance(members.commenter!, workspace.id, thesis, { value: "agree" });
    expect(await tallyFor(members.commenter!, workspace.id, thesis)).toMatchObject({ agree: 1, disagree: 1, hidden: false });
    expect((await stanceOverview(members.commenter!, workspace.id)).cells[editorRow]![0]).toEqual({ value: "disagree", stale: false });
    expect(await tallyFor(owner, workspace.id, thesis)).toMatchObject({ agree: 1, disagree: 1, hidden: false });
  });

  it("the overview puts theses first and lists every member", async () => {
    const { workspace, members, thesis, owner } = await setUp();
    const premise = await createClaim(owner, workspace.id, { text: "Factions fought in the streets", type: "premise" });
    await createClaim(owner, workspace.id, { text: "Nobody judged this one", type: "premise" });
    await setStance(members.editor!, workspace.id, premise.id, { value: "agree" });
    const overview = await stanceOverview(members.viewer!, workspace.id);
    expect(overview.claims.map((c) => c.id)).toEqual([thesis, premise.id]);
    expect(overview.members).toHaveLength(4);
  });
});

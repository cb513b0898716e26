import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { setStance } from "@/lib/server/services/stances/set-stance";
import { memberStances } from "@/lib/server/services/stances/member-stances";
import { updateWorkspace } from "@/lib/server/services/workspaces/update-workspace";
import { makeUser, makeWorkspace } from "./fixtures";

async function setUp() {
  const ctx = await makeWorkspace(["editor", "commenter", "viewer"]);
  const thesis = await createClaim(ctx.owner, ctx.workspace.id, { text: "The Cultural Revolution was a mass movement", type: "thesis" });
  const premise = await createClaim(ctx.owner, ctx.workspace.id, { text: "Red Guards organised themselves" });
  const membershipOf = async (userId: string) => (await db.membership.findFirstOrThrow({ where: { workspaceId: ctx.workspace.id, userId } })).id;
  return { ...ctx, thesis: thesis.id, premise: premise.id, membershipOf };
}

describe("one member's stances, for the map's perspective switch", () => {
  it("lists the member's stances on live claims, to any member", async () => {
    const { workspace, members, thesis, premise, owner, membershipOf } = await setUp();
    await setStance(members.commenter!, workspace.id, thesis, { value: "agree" });
    await setStance(members.commenter!, workspace.id, premise, { value: "disagree" });
    await deleteClaim(owner, workspace.id, premise);
    const seen = await memberStances(members.viewer!, workspace.id, await membershipOf(members.commenter!.id));
    expect(seen.member).toMatchObject({ isYou: false });
    expect(seen.stances).toEqual([{ claimId: thesis, value: "agree" }]);
  });

  it("in blind mode withholds another member's stance on a claim until the caller has marked it; owners always see", async () => {
    const { workspace, members, thesis, premise, owner, membershipOf } = await setUp();
    await updateWorkspace(owner, workspace.id, { blindStances: true });
    await setStance(members.commenter!, workspace.id, thesis, { value: "agree" });
    await setStance(members.commenter!, workspace.id, premise, { value: "disagree" });
    await setStance(members.editor!, workspace.id, premise, { value: "unsure" });
    const commenter = await membershipOf(members.commenter!.id);
    const byEditor = await memberStances(members.editor!, workspace.id, commenter);
    expect(byEditor.blind).toBe(true);
    expect(Object.fromEntries(byEditor.stances.map((s) => [s.claimId, s.value]))).toEqual({ [thesis]: "hidden", [premise]: "disagree" });
    const byOwner = await memberStances(owner, workspace.id, commenter);
    expect(Object.fromEntries(byOwner.stances.map((s) => [s.claimId, s.value]))).toEqual({ [thesis]: "agree", [premise]: "disagree" });
    const own = await memberStances(members.commenter!, workspace.id, commenter);
    expect(own.member.isYou).toBe(true);
    expect(own.stances.every((s) => s.value !== "hidden")).toBe(true);
  });

  it("refuses strangers, and memberships of another workspace or unknown ids", async () => {
    const { workspace, owner, members, membershipOf } = await setUp();
    await expect(memberStances(await makeUser("stranger"), workspace.id, await membershipOf(owner.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await makeWorkspace();
    const foreign = (await db.membership.findFirstOrThrow({ where: { workspaceId: other.workspace.id } })).id;
    await expect(memberStances(members.viewer!, workspace.id, foreign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(memberStances(members.viewer!, workspace.id, "no-such-member")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

import { createClaim } from "@/lib/server/services/claims/create-claim";
import { updateClaim } from "@/lib/server/services/claims/update-claim";
import { undoLastChange } from "@/lib/server/services/history/undo";
import { getMap } from "@/lib/server/services/map/get-map";
import { makeWorkspace } from "./fixtures";

const tagsOf = async (owner: { id: string }, workspaceId: string, claimId: string) => (await getMap(owner, workspaceId)).claims.find((c) => c.id === claimId)?.tags;

describe("claim tags", () => {
  it("stores tags normalised on create and edit, with a version check, and undoes an edit", async () => {
    const { owner, workspace } = await makeWorkspace();
    const claim = await createClaim(owner, workspace.id, { text: "Grain output fell", type: "evidence", tags: ["Statistics", " statistics ", "Famine"] });
    expect(await tagsOf(owner, workspace.id, claim.id)).toEqual(["statistics", "famine"]);
    await expect(updateClaim(owner, workspace.id, claim.id, { tags: ["x"] })).rejects.toThrow(/version/);
    await updateClaim(owner, workspace.id, claim.id, { version: 1, tags: ["Land  reform"] });
    expect(await tagsOf(owner, workspace.id, claim.id)).toEqual(["land reform"]);
    await expect(updateClaim(owner, workspace.id, claim.id, { version: 1, tags: ["stale"] })).rejects.toMatchObject({ code: "CONFLICT" });
    await undoLastChange(owner, workspace.id);
    expect(await tagsOf(owner, workspace.id, claim.id)).toEqual(["statistics", "famine"]);
  });

  it("refuses too many or too long tags, and viewers", async () => {
    const { owner, workspace, members } = await makeWorkspace(["viewer"]);
    const claim = await createClaim(owner, workspace.id, { text: "A claim" });
    await expect(updateClaim(owner, workspace.id, claim.id, { version: 1, tags: Array.from({ length: 13 }, (_, i) => `t${i}`) })).rejects.toThrow(/at most 12/);
    await expect(updateClaim(owner, workspace.id, claim.id, { version: 1, tags: ["x".repeat(41)] })).rejects.toThrow(/under 40/);
    await expect(updateClaim(members.viewer!, workspace.id, claim.id, { version: 1, tags: ["x"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await tagsOf(owner, workspace.id, claim.id)).toEqual([]);
  });
});

import { db } from "@/lib/server/db";
import { getBrief } from "@/lib/server/services/briefs/get-brief";
import { listBriefs } from "@/lib/server/services/briefs/list-briefs";
import { exportBriefMarkdown } from "@/lib/server/services/briefs/export-brief";
import { listSnapshots, takeSnapshot } from "@/lib/server/services/briefs/snapshots";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { createDebate } from "@/lib/server/services/debates/create-debate";
import { listDebates } from "@/lib/server/services/debates/list-debates";
import { revealDebate } from "@/lib/server/services/debates/reveal-debate";
import { updateDebateSides } from "@/lib/server/services/debates/update-debate-sides";
import { removeMember } from "@/lib/server/services/members/change-role";
import { makeUser, makeWorkspace } from "./fixtures";

/** A workspace with an owner, two students (Ana, Ben), a third member without a side, and a motion. */
async function setUp() {
  const ctx = await makeWorkspace(["editor"]);
  const ws = ctx.workspace.id;
  const ana = await makeUser("ana");
  const ben = await makeUser("ben");
  const anaMember = await db.membership.create({ data: { workspaceId: ws, userId: ana.id, role: "commenter" } });
  const benMember = await db.membership.create({ data: { workspaceId: ws, userId: ben.id, role: "editor" } });
  const thesis = await createClaim(ctx.owner, ws, { text: "Mao-era China was not Soviet-style orthodox", type: "thesis" });
  return { ...ctx, ws, ana, ben, anaMember: anaMember.id, benMember: benMember.id, unassigned: ctx.members.editor!, thesis: thesis.id };
}

const visibleBriefs = async (actor: { id: string }, ws: string) => (await listBriefs(actor, ws)).map((b) => b.side).sort();

describe("sides in a group", () => {
  it("creates the two side briefs and the assignment in one step, and logs it", async () => {
    const { ws, owner, thesis, anaMember, benMember } = await setUp();
    const debate = await createDebate(owner, ws, { thesisId: thesis, for: [anaMember], against: [benMember], timeLimitMinutes: 4 });
    const briefs = await db.brief.findMany({ where: { debateId: debate.id }, orderBy: { side: "desc" } });
    expect(briefs.map((b) => [b.id, b.side, b.timeLimitMinutes, b.title])).toEqual([
      [debate.briefs.for, "for", 4, "For: Mao-era China was not Soviet-style orthodox"],
      [debate.briefs.against, "against", 4, "Against: Mao-era China was not Soviet-style orthodox"],
    ]);
    const [view] = await listDebates(owner, ws);
    expect(view!.sides.for.map((m) => m.memberId)).toEqual([anaMember]);
    expect(view!.sides.against.map((m) => m.memberId)).toEqual([benMember]);
    const activity = await db.activity.findFirst({ where: { workspaceId: ws, entityType: "debate", entityId: debate.id } });
    expect(activity?.summary).toBe("set up a group debate on “Mao-era China was not Soviet-style orthodox” (1 for, 1 against)");
  });

  it("before the reveal, each side sees only its own brief; the other side's is not found, not forbidden", async () => {
    const { ws, owner, ana, ben, unassigned, thesis, anaMember, benMember } = await setUp();
    const debate = await createDebate(owner, ws, { thesisId: thesis, for: [anaMember], against: [benMember] });
    expect(await visibleBriefs(ana, ws)).toEqual(["for"]);
    expect(await visibleBriefs(ben, ws)).toEqual(["against"]);
    expect(await visibleBriefs(unassigned, ws)).toEqual([]);
    expect(await visibleBriefs(owner, ws)).toEqual(["against", "for"]);

    expect((await getBrief(ana, ws, debate.briefs.for)).debate).toEqual({ id: debate.id, revealed: false, yourSide: "for" });
    for (const read of [
      () => getBrief(ben, ws, debate.briefs.for),
      () => listSnapshots(ben, ws, debate.briefs.for),
      () => takeSnapshot(ben, ws, debate.briefs.for),
      () => exportBriefMarkdown(ben, ws, debate.briefs.for, {}),
      () => getBrief(ana, ws, debate.briefs.against),
      () => getBrief(unassigned, ws, debate.briefs.for),
    ]) {
      await expect(read()).rejects.toMatchObject({ code: "NOT_FOUND", message: "This brief does not exist in this workspace (it may have been deleted)." });
    }
    const [forAna] = await listDebates(ana, ws);
    expect({ yourSide: forAna!.yourSide, briefs: forAna!.briefs.map((b) => b.id), hidden: forAna!.hiddenBriefs, mayManage: forAna!.mayManage }).toEqual({
      yourSide: "for",
      briefs: [debate.briefs.for],
      hidden: 1,
      mayManage: false,
    });
  });

  it("after the owner reveals, every member sees both briefs; the reveal is logged and happens once", async () => {
    const { ws, owner, ben, unassigned, thesis, anaMember, benMember } = await setUp();
    const debate = await createDebate(owner, ws, { thesisId: thesis, for: [anaMember], against: [benMember] });
    const revealed = await revealDebate(owner, ws, debate.id, { version: debate.version });
    expect(revealed.version).toBe(debate.version + 1);
    expect(await visibleBriefs(ben, ws)).toEqual(["against", "for"]);
    expect(await visibleBriefs(unassigned, ws)).toEqual(["against", "for"]);
    expect((await getBrief(ben, ws, debate.briefs.for)).debate).toEqual({ id: debate.id, revealed: true, yourSide: "against" });
    const log = await db.activity.findMany({ where: { workspaceId: ws, entityType: "debate" }, orderBy: { createdAt: "asc" } });
    expect(log.map((a) => a.summary)[1]).toBe("revealed both briefs of the debate on “Mao-era China was not Soviet-style orthodox”");
    await expect(revealDebate(owner, ws, debate.id, { version: revealed.version })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already revealed/) });
  });

  it("refuses non-owners, strangers and other workspaces' debates, members and claims", async () => {
    const { ws, owner, ben, thesis, anaMember, benMember } = await setUp();
    await expect(createDebate(ben, ws, { thesisId: thesis, for: [anaMember], against: [benMember] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createDebate(await makeUser("stranger"), ws, { thesisId: thesis, for: [anaMember], against: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const debate = await createDebate(owner, ws, { thesisId: thesis, for: [anaMember], against: [benMember] });
    await expect(revealDebate(ben, ws, debate.id, { version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateDebateSides(ben, ws, debate.id, { version: 1, for: [benMember], against: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const other = await makeWorkspace(["commenter"]);
    const otherWs = other.workspace.id;
    const foreignClaim = await createClaim(other.owner, otherWs, { text: "Elsewhere" });
    const foreignMember = (await db.membership.findFirst({ where: { workspaceId: otherWs, userId: other.members.commenter!.id } }))!.id;
    await expect(createDebate(owner, ws, { thesisId: foreignClaim.id, for: [anaMember], against: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createDebate(owner, ws, { thesisId: thesis, for: [anaMember], against: [foreignMember] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateDebateSides(owner, ws, debate.id, { version: 1, for: [foreignMember], against: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The other workspace's owner cannot reach this debate through their own workspace.
    await expect(revealDebate(other.owner, otherWs, debate.id, { version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateDebateSides(other.owner, otherWs, debate.id, { version: 1, for: [foreignMember], against: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.debate.count({ where: { workspaceId: ws } })).toBe(1);
    expect((await db.debate.findUnique({ where: { id: debate.id } }))!.revealedAt).toBeNull();
  });

  it("refuses a member on both sides, an empty assignment and malformed input, saving nothing", async () => {
    const { ws, owner, thesis, anaMember, benMember } = await setUp();
    await expect(createDebate(owner, ws, { thesisId: thesis, for: [anaMember], against: [anaMember, benMember] })).rejects.toThrow(/only one side/);
    await expect(createDebate(owner, ws, { thesisId: thesis, for: [], against: [] })).rejects.toThrow(/at least one member/);
    await expect(createDebate(owner, ws, { thesisId: thesis, for: [anaMember, anaMember], against: [] })).rejects.toThrow(/listed twice/);
    await expect(createDebate(owner, ws, { thesisId: thesis, for: "everyone", against: [] })).rejects.toThrow(/member ids/);
    await expect(createDebate(owner, ws, { thesisId: thesis, for: Array.from({ length: 101 }, (_, i) => `m${i}`), against: [] })).rejects.toThrow(/at most 100/);
    expect(await db.debate.count({ where: { workspaceId: ws } })).toBe(0);
    expect(await db.brief.count({ where: { workspaceId: ws } })).toBe(0);
  });

  it("reassigns sides against the version the owner saw; a stale version is refused and changes nothing", async () => {
    const { ws, owner, ana, ben, thesis, anaMember, benMember } = await setUp();
    const debate = await createDebate(owner, ws, { thesisId: thesis, for: [anaMember], against: [benMember] });
    const swapped = await updateDebateSides(owner, ws, debate.id, { version: debate.version, for: [benMember], against: [anaMember] });
    expect(await visibleBriefs(ana, ws)).toEqual(["against"]);
    expect(await visibleBriefs(ben, ws)).toEqual(["for"]);
    await expect(updateDebateSides(owner, ws, debate.id, { version: debate.version, for: [anaMember], against: [] })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(revealDebate(owner, ws, debate.id, { version: debate.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await visibleBriefs(ana, ws)).toEqual(["against"]);
    expect((await listDebates(owner, ws))[0]!.version).toBe(swapped.version);
  });

  it("takes a member's side away when they leave, so rejoining does not reopen the brief", async () => {
    const { ws, owner, ana, thesis, anaMember, benMember } = await setUp();
    const debate = await createDebate(owner, ws, { thesisId: thesis, for: [anaMember], against: [benMember] });
    await removeMember(ana, ws, anaMember);
    expect(await db.debateSide.count({ where: { debateId: debate.id } })).toBe(1);
    await db.membership.create({ data: { workspaceId: ws, userId: ana.id, role: "commenter" } });
    expect(await visibleBriefs(ana, ws)).toEqual([]);
    expect((await listDebates(owner, ws))[0]!.sides.for).toEqual([]);
  });
});

import { db } from "@/lib/server/db";
import {
  acceptInvitation,
  answerMyInvitation,
  createInvitation,
  listInvitations,
  listMyInvitations,
  previewInvitation,
  revokeInvitation,
} from "@/lib/server/services/invitations/invitations";
import { changeRole, removeMember } from "@/lib/server/services/members/change-role";
import { listMembers } from "@/lib/server/services/members/list-members";
import { listWorkspaces } from "@/lib/server/services/workspaces/list-workspaces";
import { makeUser, makeWorkspace } from "./fixtures";

const membershipOf = async (workspaceId: string, userId: string) =>
  db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });

describe("invitation links", () => {
  it("lets a signed-in user join with the link's role, and stores only the token's hash", async () => {
    const { owner, workspace } = await makeWorkspace();
    const reader = await makeUser("reader");
    const invitation = await createInvitation(owner, workspace.id, { role: "commenter", expiresInDays: 7 });
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).not.toContain(invitation.token);

    expect(await previewInvitation(reader, invitation.token)).toMatchObject({ workspace: { id: workspace.id }, role: "commenter", status: "pending" });
    await acceptInvitation(reader, invitation.token);
    expect((await membershipOf(workspace.id, reader.id))?.role).toBe("commenter");
    expect(await listWorkspaces(reader)).toEqual([expect.objectContaining({ id: workspace.id, role: "commenter" })]);

    // A second person can use the same link; the first cannot join twice.
    const second = await makeUser("second");
    await acceptInvitation(second, invitation.token);
    await expect(acceptInvitation(reader, invitation.token)).rejects.toMatchObject({ code: "CONFLICT" });
    const log = await db.activity.findMany({ where: { workspaceId: workspace.id, action: "joined" } });
    expect(log).toHaveLength(2);
  });

  it("refuses revoked, expired and unknown tokens, and lets only owners create or revoke them", async () => {
    const { owner, workspace, members } = await makeWorkspace(["editor"]);
    const joiner = await makeUser("joiner");
    const link = await createInvitation(owner, workspace.id, { role: "viewer" });
    await expect(createInvitation(members.editor!, workspace.id, { role: "viewer" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokeInvitation(members.editor!, workspace.id, link.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createInvitation(joiner, workspace.id, { role: "viewer" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await revokeInvitation(owner, workspace.id, link.id);
    expect((await previewInvitation(joiner, link.token)).status).toBe("revoked");
    await expect(acceptInvitation(joiner, link.token)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/withdrawn/) });

    const old = await createInvitation(owner, workspace.id, { role: "viewer", expiresInDays: 1 });
    await db.invitation.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation(joiner, old.token)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/expired/) });
    await expect(acceptInvitation(joiner, "not-a-real-token")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await membershipOf(workspace.id, joiner.id)).toBeNull();

    expect((await listInvitations(owner, workspace.id)).map((i) => i.status).sort()).toEqual(["expired", "revoked"]);
  });

  it("refuses an unknown role and lifetimes other than 1, 7 or 30 days", async () => {
    const { owner, workspace } = await makeWorkspace();
    await expect(createInvitation(owner, workspace.id, { role: "admin" })).rejects.toThrow(/role/);
    await expect(createInvitation(owner, workspace.id, { role: "viewer", expiresInDays: 365 })).rejects.toThrow();
  });
});

describe("invitations by email", () => {
  it("reach a registered user, who accepts from their list; nobody else can use them", async () => {
    const { owner, workspace } = await makeWorkspace();
    const invitee = await makeUser("invitee");
    const other = await makeUser("other");
    const invitation = await createInvitation(owner, workspace.id, { role: "editor", email: invitee.email.toUpperCase() });
    expect(invitation).toMatchObject({ kind: "email", email: invitee.email });

    expect(await listMyInvitations(other)).toEqual([]);
    await expect(answerMyInvitation(other, invitation.id, "accept")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await previewInvitation(other, invitation.token)).status).toBe("wrong-user");
    await expect(acceptInvitation(other, invitation.token)).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await listMyInvitations(invitee)).toEqual([expect.objectContaining({ id: invitation.id, role: "editor", workspace: { id: workspace.id, name: workspace.name } })]);
    await answerMyInvitation(invitee, invitation.id, "accept");
    expect((await membershipOf(workspace.id, invitee.id))?.role).toBe("editor");
    expect(await listMyInvitations(invitee)).toEqual([]);
    await expect(answerMyInvitation(invitee, invitation.id, "accept")).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses unknown addresses and existing members; a declined invitation disappears", async () => {
    const { owner, workspace, members } = await makeWorkspace(["viewer"]);
    const viewer = await db.user.findUniqueOrThrow({ where: { id: members.viewer!.id } });
    await expect(createInvitation(owner, workspace.id, { role: "editor", email: "nobody-here@example.test" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createInvitation(owner, workspace.id, { role: "editor", email: viewer.email })).rejects.toMatchObject({ code: "CONFLICT" });

    const invitee = await makeUser("decliner");
    const invitation = await createInvitation(owner, workspace.id, { role: "viewer", email: invitee.email });
    await answerMyInvitation(invitee, invitation.id, "decline");
    expect(await listMyInvitations(invitee)).toEqual([]);
    expect(await membershipOf(workspace.id, invitee.id)).toBeNull();
  });
});

describe("members and roles", () => {
  it("lists members for any member; owners change roles, others cannot", async () => {
    const { owner, workspace, members } = await makeWorkspace(["editor", "viewer"]);
    const list = await listMembers(members.viewer!, workspace.id);
    expect(list.yourRole).toBe("viewer");
    expect(list.members.map((m) => m.role)).toEqual(["owner", "editor", "viewer"]);
    const viewerRow = list.members.find((m) => m.role === "viewer")!;

    await expect(changeRole(members.editor!, workspace.id, viewerRow.id, { role: "editor" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await changeRole(owner, workspace.id, viewerRow.id, { role: "commenter" });
    expect((await membershipOf(workspace.id, members.viewer!.id))?.role).toBe("commenter");
    await expect(changeRole(owner, workspace.id, viewerRow.id, { role: "superuser" })).rejects.toThrow(/role/);
    await expect(listMembers(await makeUser("stranger"), workspace.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("always keeps at least one owner: no demoting, removing or leaving as the last one", async () => {
    const { owner, workspace, members } = await makeWorkspace(["editor"]);
    const ownerRow = (await membershipOf(workspace.id, owner.id))!;
    await expect(changeRole(owner, workspace.id, ownerRow.id, { role: "editor" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/at least one owner/) });
    await expect(removeMember(owner, workspace.id, ownerRow.id)).rejects.toMatchObject({ code: "CONFLICT" });

    const editorRow = (await membershipOf(workspace.id, members.editor!.id))!;
    await changeRole(owner, workspace.id, editorRow.id, { role: "owner" });
    // Two owners demoting each other at once: exactly one of them succeeds.
    const results = await Promise.allSettled([
      changeRole(owner, workspace.id, editorRow.id, { role: "editor" }),
      changeRole(members.editor!, workspace.id, ownerRow.id, { role: "editor" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { workspaceId: workspace.id, role: "owner" } })).toBe(1);
  });

  it("lets a member leave and an owner remove someone, but not a non-owner remove others", async () => {
    const { owner, workspace, members } = await makeWorkspace(["editor", "commenter"]);
    const commenterRow = (await membershipOf(workspace.id, members.commenter!.id))!;
    const editorRow = (await membershipOf(workspace.id, members.editor!.id))!;
    await expect(removeMember(members.editor!, workspace.id, commenterRow.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await removeMember(members.commenter!, workspace.id, commenterRow.id)).toMatchObject({ left: true });
    await removeMember(owner, workspace.id, editorRow.id);
    expect(await db.membership.count({ where: { workspaceId: workspace.id } })).toBe(1);
    await expect(listMembers(members.editor!, workspace.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

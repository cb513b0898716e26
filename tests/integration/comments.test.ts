import { JSDOM } from "jsdom";
import type { CommentThread } from "@/lib/discussion/types";
import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { createComment } from "@/lib/server/services/comments/create-comment";
import { deleteComment } from "@/lib/server/services/comments/delete-comment";
import { editComment } from "@/lib/server/services/comments/edit-comment";
import { getCommentSummary } from "@/lib/server/services/comments/get-comment-summary";
import { listComments } from "@/lib/server/services/comments/list-comments";
import { setCommentHidden } from "@/lib/server/services/comments/set-comment-hidden";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { makeUser, makeWorkspace } from "./fixtures";

async function setup() {
  const ctx = await makeWorkspace(["editor", "commenter", "viewer"]);
  const ws = ctx.workspace.id;
  const claim = await createClaim(ctx.owner, ws, { text: "The plan outran the harvest." });
  const other = await createClaim(ctx.owner, ws, { text: "Cadres inflated the reports." });
  const edge = await createEdge(ctx.owner, ws, { from: other.id, to: claim.id, kind: "support" });
  const { editor, commenter, viewer } = ctx.members as Record<"editor" | "commenter" | "viewer", { id: string }>;
  return { ...ctx, ws, claim: claim.id, other: other.id, edge: edge.id, editor, commenter, viewer };
}

const onClaim = (claimId: string, body: string, parentId?: string) => ({ target: { claimId }, body, parentId });
const threadOf = (actor: { id: string }, ws: string, claimId: string, markRead = false) => listComments(actor, ws, { target: { claimId }, markRead });

/** What a reader sees of a thread: author, state and text, replies indented by one level. */
function outline(thread: CommentThread): string[] {
  return thread.comments.flatMap((c) => [
    `${c.state} ${c.author ? "by someone" : "(no author)"}: ${c.body ?? "-"}`,
    ...c.replies.map((r) => `  ${r.state}: ${r.body ?? "-"}`),
  ]);
}

describe("comments: posting and threading", () => {
  it("lists a claim's comments oldest first, threaded one level, each with its author", async () => {
    const { ws, claim, owner, commenter, editor } = await setup();
    const first = await createComment(commenter, ws, onClaim(claim, "Which harvest figures?"));
    const reply = await createComment(owner, ws, onClaim(claim, "The 1958 ones.", first.id));
    const second = await createComment(editor, ws, onClaim(claim, "A separate point."));

    const thread = await threadOf(editor, ws, claim);
    expect(thread.comments.map((c) => ({ id: c.id, replies: c.replies.map((r) => r.id) }))).toEqual([
      { id: first.id, replies: [reply.id] },
      { id: second.id, replies: [] },
    ]);
    const ownerAccount = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(thread.comments[0]!.replies[0]!.author).toEqual({ id: owner.id, name: ownerAccount.name ?? ownerAccount.email });
    expect(thread).toMatchObject({ target: { type: "claim", id: claim }, total: 3, canComment: true, canModerate: false });
  });

  it("attaches a reply to a reply to the top-level comment, keeping threads one level deep", async () => {
    const { ws, claim, owner, commenter, editor } = await setup();
    const top = await createComment(commenter, ws, onClaim(claim, "Top"));
    const reply = await createComment(owner, ws, onClaim(claim, "Reply", top.id));
    const replyToReply = await createComment(editor, ws, onClaim(claim, "Reply to the reply", reply.id));
    expect(replyToReply.parentId).toBe(top.id);
    expect(outline(await threadOf(owner, ws, claim))).toEqual(["visible by someone: Top", "  visible: Reply", "  visible: Reply to the reply"]);
  });

  it("refuses a reply whose parent is on another claim, or is gone", async () => {
    const { ws, claim, other, commenter } = await setup();
    const elsewhere = await createComment(commenter, ws, onClaim(other, "On the other claim"));
    await expect(createComment(commenter, ws, onClaim(claim, "Misplaced", elsewhere.id))).rejects.toMatchObject({ code: "VALIDATION" });
    await deleteComment(commenter, ws, elsewhere.id);
    await expect(createComment(commenter, ws, onClaim(other, "Too late", elsewhere.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps an edge's discussion apart from its claims'", async () => {
    const { ws, claim, edge, commenter } = await setup();
    await createComment(commenter, ws, { target: { edgeId: edge }, body: "Does this really support it?" });
    expect((await listComments(commenter, ws, { target: { edgeId: edge } })).comments.map((c) => c.body)).toEqual(["Does this really support it?"]);
    expect((await threadOf(commenter, ws, claim)).comments).toEqual([]);
  });

  it("refuses an empty comment, or one naming both a claim and an edge", async () => {
    const { ws, claim, edge, commenter } = await setup();
    await expect(createComment(commenter, ws, onClaim(claim, "   "))).rejects.toMatchObject({ name: "ZodError" });
    await expect(createComment(commenter, ws, { target: { claimId: claim, edgeId: edge }, body: "Both" })).rejects.toMatchObject({ name: "ZodError" });
  });

  it("records who commented in the activity log", async () => {
    const { ws, claim, commenter } = await setup();
    const made = await createComment(commenter, ws, onClaim(claim, "Logged"));
    const log = await db.activity.findFirstOrThrow({ where: { workspaceId: ws, entityType: "comment", entityId: made.id } });
    expect(log).toMatchObject({ actorId: commenter.id, action: "created" });
    expect(JSON.parse(log.data)).toEqual({ target: { type: "claim", id: claim }, parentId: null });
  });
});

describe("comments: who may do what", () => {
  it("lets a viewer read but not comment", async () => {
    const { ws, claim, viewer, commenter } = await setup();
    await createComment(commenter, ws, onClaim(claim, "Visible to viewers"));
    await expect(createComment(viewer, ws, onClaim(claim, "Me too"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const thread = await threadOf(viewer, ws, claim);
    expect(thread).toMatchObject({ canComment: false, total: 1 });
    expect(thread.comments[0]).toMatchObject({ canEdit: false, canDelete: false, canModerate: false });
  });

  it("answers a non-member with NOT_FOUND everywhere, as if the workspace did not exist", async () => {
    const { ws, claim, commenter } = await setup();
    const made = await createComment(commenter, ws, onClaim(claim, "Private"));
    const outsider = await makeUser("outsider");
    await expect(threadOf(outsider, ws, claim)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createComment(outsider, ws, onClaim(claim, "Let me in"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCommentSummary(outsider, ws)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(editComment(outsider, ws, made.id, { version: 1, body: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setCommentHidden(outsider, ws, made.id, { hidden: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("treats a claim, edge or comment of another workspace as missing", async () => {
    const here = await setup();
    const there = await setup();
    const foreign = await createComment(there.commenter, there.ws, onClaim(there.claim, "Over there"));
    await expect(createComment(here.owner, here.ws, onClaim(there.claim, "Cross-post"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createComment(here.owner, here.ws, { target: { edgeId: there.edge }, body: "Cross-post" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(threadOf(here.owner, here.ws, there.claim)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createComment(here.owner, here.ws, onClaim(here.claim, "Reply across", foreign.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setCommentHidden(here.owner, here.ws, foreign.id, { hidden: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.comment.count({ where: { workspaceId: here.ws } })).toBe(0);
  });

  it("takes a deleted claim's discussion with it", async () => {
    const { ws, claim, owner, commenter } = await setup();
    const made = await createComment(commenter, ws, onClaim(claim, "About to go"));
    await deleteClaim(owner, ws, claim);
    await expect(threadOf(commenter, ws, claim)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(editComment(commenter, ws, made.id, { version: 1, body: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getCommentSummary(owner, ws)).claims).toEqual({});
  });
});

describe("comments: editing", () => {
  it("lets the author edit, marks the comment edited, and refuses everyone else", async () => {
    const { ws, claim, owner, editor, commenter } = await setup();
    const made = await createComment(commenter, ws, onClaim(claim, "Frist draft"));
    await expect(editComment(editor, ws, made.id, { version: 1, body: "Not yours" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editComment(owner, ws, made.id, { version: 1, body: "Not even the owner's" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await editComment(commenter, ws, made.id, { version: 1, body: "First draft" })).toEqual({ id: made.id, version: 2 });
    const [shown] = (await threadOf(owner, ws, claim)).comments;
    expect(shown).toMatchObject({ body: "First draft", edited: true, version: 2, canEdit: false });
    expect((await threadOf(commenter, ws, claim)).comments[0]).toMatchObject({ canEdit: true, canDelete: true });
  });

  it("refuses an edit based on an old version, returning the current body", async () => {
    const { ws, claim, commenter } = await setup();
    const made = await createComment(commenter, ws, onClaim(claim, "Original"));
    await editComment(commenter, ws, made.id, { version: 1, body: "Saved from the other tab" });
    await expect(editComment(commenter, ws, made.id, { version: 1, body: "Typed in this tab" })).rejects.toMatchObject({
      code: "CONFLICT",
      status: 409,
      details: { current: { id: made.id, body: "Saved from the other tab", version: 2 } },
    });
    expect((await db.comment.findUniqueOrThrow({ where: { id: made.id } })).body).toBe("Saved from the other tab");
  });
});

describe("comments: deleting", () => {
  it("keeps a deleted comment with replies as an authorless placeholder, and drops one without", async () => {
    const { ws, claim, owner, commenter, editor } = await setup();
    const top = await createComment(commenter, ws, onClaim(claim, "Will be deleted"));
    await createComment(owner, ws, onClaim(claim, "A reply that stays", top.id));
    const lonely = await createComment(editor, ws, onClaim(claim, "Nobody answered"));
    await expect(deleteComment(owner, ws, top.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteComment(commenter, ws, top.id);
    await deleteComment(editor, ws, lonely.id);

    const thread = await threadOf(owner, ws, claim);
    expect(outline(thread)).toEqual(["deleted (no author): -", "  visible: A reply that stays"]);
    expect(thread.comments[0]).toMatchObject({ html: null, canEdit: false, canDelete: false });
    expect(thread.total).toBe(1);
    expect(await db.comment.count({ where: { workspaceId: ws, deletedAt: { not: null } } })).toBe(2); // soft delete
    await expect(deleteComment(commenter, ws, top.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("drops a deleted reply from its thread", async () => {
    const { ws, claim, owner, commenter } = await setup();
    const top = await createComment(owner, ws, onClaim(claim, "Question"));
    const reply = await createComment(commenter, ws, onClaim(claim, "Oops", top.id));
    await deleteComment(commenter, ws, reply.id);
    expect(outline(await threadOf(owner, ws, claim))).toEqual(["visible by someone: Question"]);
  });
});

describe("comments: moderation", () => {
  it("lets the owner hide any comment: others see a placeholder, the author and the owner still see the words", async () => {
    const { ws, claim, owner, editor, commenter, viewer } = await setup();
    const rude = await createComment(commenter, ws, onClaim(claim, "Something rude"));
    await createComment(editor, ws, onClaim(claim, "A reply under it", rude.id));
    await expect(setCommentHidden(editor, ws, rude.id, { hidden: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setCommentHidden(commenter, ws, rude.id, { hidden: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setCommentHidden(owner, ws, rude.id, { hidden: true });

    for (const other of [editor, viewer]) {
      const [shown] = (await threadOf(other, ws, claim)).comments;
      expect(shown).toMatchObject({ state: "hidden", body: null, html: null });
      expect(shown!.replies.map((r) => r.body)).toEqual(["A reply under it"]);
    }
    expect((await threadOf(commenter, ws, claim)).comments[0]).toMatchObject({ state: "hidden", body: "Something rude", canEdit: true });
    expect((await threadOf(owner, ws, claim)).comments[0]).toMatchObject({ state: "hidden", body: "Something rude", canModerate: true });
    expect(await db.comment.findUniqueOrThrow({ where: { id: rude.id } })).toMatchObject({ hiddenById: owner.id, version: 1 });
    expect((await getCommentSummary(owner, ws)).claims[claim]?.total).toBe(1);

    await setCommentHidden(owner, ws, rude.id, { hidden: false });
    expect((await threadOf(viewer, ws, claim)).comments[0]).toMatchObject({ state: "visible", body: "Something rude" });
    const log = await db.activity.findMany({ where: { entityId: rude.id, action: { in: ["hidden", "unhidden"] } }, orderBy: { createdAt: "asc" } });
    expect(log.map((a) => a.action)).toEqual(["hidden", "unhidden"]);
  });
});

describe("comments: Markdown", () => {
  it("stores the Markdown as written and serves it rendered, with raw HTML escaped and links vetted", async () => {
    const { ws, claim, commenter, viewer } = await setup();
    const body = "**Look** at [the table](https://example.org/t) <script>alert(1)</script> [bad](javascript:alert(1))";
    const made = await createComment(commenter, ws, onClaim(claim, body));
    expect((await db.comment.findUniqueOrThrow({ where: { id: made.id } })).body).toBe(body);

    const [shown] = (await threadOf(viewer, ws, claim)).comments;
    expect(shown!.body).toBe(body);
    const { document } = new JSDOM(`<body>${shown!.html}</body>`).window;
    expect(document.querySelector("strong")?.textContent).toBe("Look");
    expect(Array.from(document.querySelectorAll("a")).map((a) => [a.getAttribute("href"), a.getAttribute("rel"), a.getAttribute("target")])).toEqual([
      ["https://example.org/t", "noopener nofollow", "_blank"],
    ]);
    expect(document.querySelector("script")).toBeNull();
    expect(document.body.textContent).toContain("<script>alert(1)</script>");
  });
});

describe("comments: unread counts", () => {
  it("counts others' comments as unread until the member reads the discussion", async () => {
    const { ws, claim, other, owner, commenter } = await setup();
    await createComment(commenter, ws, onClaim(claim, "One"));
    await createComment(commenter, ws, onClaim(claim, "Two"));
    await createComment(owner, ws, onClaim(other, "Owner's own note"));

    expect(await getCommentSummary(owner, ws)).toEqual({ claims: { [claim]: { total: 2, unread: 2 }, [other]: { total: 1, unread: 0 } }, edges: {} });
    expect((await getCommentSummary(commenter, ws)).claims).toEqual({ [claim]: { total: 2, unread: 0 }, [other]: { total: 1, unread: 1 } });

    const peek = await threadOf(owner, ws, claim);
    expect(peek.unread).toBe(2);
    expect(peek.comments.map((c) => c.unread)).toEqual([true, true]);
    expect((await getCommentSummary(owner, ws)).claims[claim]).toEqual({ total: 2, unread: 2 }); // listing alone does not mark read

    await threadOf(owner, ws, claim, true);
    expect((await getCommentSummary(owner, ws)).claims[claim]).toEqual({ total: 2, unread: 0 });
    expect((await threadOf(owner, ws, claim)).comments.map((c) => c.unread)).toEqual([false, false]);

    await createComment(commenter, ws, onClaim(claim, "Three"));
    expect((await getCommentSummary(owner, ws)).claims[claim]).toEqual({ total: 3, unread: 1 });
  });

  it("writes a read marker only when there was something unread", async () => {
    const { ws, claim, owner, commenter } = await setup();
    const markers = () => db.activity.count({ where: { workspaceId: ws, actorId: owner.id, action: "comment:read" } });
    await threadOf(owner, ws, claim, true);
    await createComment(owner, ws, onClaim(claim, "My own words are never unread"));
    await threadOf(owner, ws, claim, true);
    expect(await markers()).toBe(0);
    await createComment(commenter, ws, onClaim(claim, "New"));
    await threadOf(owner, ws, claim, true);
    await threadOf(owner, ws, claim, true);
    expect(await markers()).toBe(1);
  });

  it("counts an edge's comments under edges, with their own read markers", async () => {
    const { ws, edge, owner, commenter } = await setup();
    await createComment(commenter, ws, { target: { edgeId: edge }, body: "On the edge" });
    expect(await getCommentSummary(owner, ws)).toEqual({ claims: {}, edges: { [edge]: { total: 1, unread: 1 } } });
    await listComments(owner, ws, { target: { edgeId: edge }, markRead: true });
    expect((await getCommentSummary(owner, ws)).edges[edge]).toEqual({ total: 1, unread: 0 });
  });
});

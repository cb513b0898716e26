import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { addMember, apiUser, BASE_URL } from "./support";

/**
 * Two members discuss a claim on the map, each in a browser of their own: Markdown rendered
 * safely, a reply, unread badges that clear when the panel opens, and an owner hiding a comment.
 */

async function openMap(page: Page, workspaceId: string) {
  await page.goto(`/w/${workspaceId}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
}

/** Open a claim's side panel and wait until its discussion has loaded. */
async function openDiscussion(page: Page, claimId: string) {
  await page.locator(`[data-claim-id="${claimId}"]`).click();
  const discussion = page.getByTestId("claim-panel").getByTestId("discussion");
  await expect(discussion.getByRole("heading", { name: /^Discussion \(\d+\)$/ })).toBeVisible();
  return discussion;
}

const badgeOf = (page: Page, claimId: string) => page.locator(`[data-claim-id="${claimId}"]`).getByTestId("comment-badge");

test("two members discuss a claim: safe Markdown, a reply, unread badges and a hidden comment", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const memberContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  const memberPage = await memberContext.newPage();

  await apiUser(ownerPage.request, "discussion-owner");
  const workspace = (await (await ownerPage.request.post("/api/workspaces", { data: { name: "Discussion" } })).json()) as { id: string };
  const claimOf = async (text: string, position: { x: number; y: number }) =>
    ((await (await ownerPage.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text, position } })).json()) as { id: string }).id;
  const claim = await claimOf("The plan outran the harvest", { x: 0, y: 0 });
  const quiet = await claimOf("Nobody has commented on this one", { x: 420, y: 0 });
  const member = await apiUser(memberPage.request, "discussion-commenter");
  addMember(workspace.id, member.id, "commenter");

  // The commenter writes Markdown with bold and a link in the claim's panel.
  await openMap(memberPage, workspace.id);
  let discussion = await openDiscussion(memberPage, claim);
  await expect(discussion).toContainText("No comments yet.");
  await discussion.getByRole("textbox", { name: "Add a comment" }).fill("This is **crucial**: see [the grain report](https://example.org/grain).");
  await discussion.getByRole("button", { name: "Post", exact: true }).click();
  await expect(discussion.getByRole("heading", { name: "Discussion (1)" })).toBeVisible();
  await expect(discussion.getByTestId("comment").locator("strong")).toHaveText("crucial");
  await expect(discussion.getByRole("textbox", { name: "Add a comment" })).toHaveValue("");
  await expect(badgeOf(memberPage, claim)).toHaveAttribute("aria-label", "1 comment"); // one's own comment is never unread
  await expect(badgeOf(memberPage, quiet)).toHaveCount(0);

  // The owner sees it unread on the map, then rendered in the panel, and the badge clears.
  await openMap(ownerPage, workspace.id);
  await expect(badgeOf(ownerPage, claim)).toHaveAttribute("aria-label", "1 comment, 1 unread");
  discussion = await openDiscussion(ownerPage, claim);
  const posted = discussion.getByTestId("comment").first();
  await expect(posted.locator("strong")).toHaveText("crucial");
  const link = posted.getByRole("link", { name: "the grain report" });
  await expect(link).toHaveAttribute("href", "https://example.org/grain");
  await expect(link).toHaveAttribute("rel", "noopener nofollow");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(posted).toContainText("new");
  await expect(badgeOf(ownerPage, claim)).toHaveAttribute("aria-label", "1 comment");

  // The owner replies; the reply sits under the comment it answers.
  await posted.getByRole("button", { name: "Reply" }).click();
  await discussion.getByRole("textbox", { name: /^Reply to / }).fill("Agreed, *mostly*.");
  await discussion.getByRole("button", { name: "Reply", exact: true }).last().click();
  await expect(discussion.locator(".comment-replies [data-testid=comment]")).toContainText("Agreed, mostly.");
  await expect(discussion.locator(".comment-replies em")).toHaveText("mostly");

  // The commenter's badge shows the reply as unread until they open the panel.
  await openMap(memberPage, workspace.id);
  await expect(badgeOf(memberPage, claim)).toHaveAttribute("aria-label", "2 comments, 1 unread");
  await expect(badgeOf(memberPage, claim).locator(".comment-unread")).toHaveText("1");
  discussion = await openDiscussion(memberPage, claim);
  await expect(discussion).toContainText("Agreed, mostly.");
  await expect(badgeOf(memberPage, claim)).toHaveAttribute("aria-label", "2 comments");
  await memberPage.reload();
  await expect(memberPage.locator("html")).toHaveAttribute("data-map-ready", "true");
  await expect(badgeOf(memberPage, claim)).toHaveAttribute("aria-label", "2 comments");

  // A third member's rude comment: the owner hides it, the commenter sees only a placeholder.
  const third = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const rude = await apiUser(third, "discussion-editor");
  addMember(workspace.id, rude.id, "editor");
  expect((await third.post(`/api/workspaces/${workspace.id}/comments?claimId=${claim}`, { data: { body: "Something rude about the reading group" } })).status()).toBe(201);
  await third.dispose();

  await openMap(ownerPage, workspace.id);
  discussion = await openDiscussion(ownerPage, claim);
  const rudeComment = discussion.getByTestId("comment").filter({ hasText: "Something rude" });
  await rudeComment.getByRole("button", { name: "Hide" }).click();
  await expect(rudeComment).toContainText("Hidden from other members.");
  await expect(rudeComment.getByRole("button", { name: "Unhide" })).toBeVisible();

  await openMap(memberPage, workspace.id);
  discussion = await openDiscussion(memberPage, claim);
  await expect(discussion.locator("[data-testid=comment][data-state=hidden]")).toHaveText("Hidden by a moderator.");
  await expect(discussion).not.toContainText("Something rude");
  await expect(badgeOf(memberPage, claim)).toHaveAttribute("aria-label", "2 comments");

  // Markup in a comment is shown as text and never runs, for the author and for others.
  const attack = `<script>window.__agonPwned = "script"</script> <img src=x onerror="window.__agonPwned = 'img'"> [click](javascript:window.__agonPwned='link')`;
  await discussion.getByRole("textbox", { name: "Add a comment" }).fill(attack);
  await discussion.getByRole("button", { name: "Post", exact: true }).click();
  const attackComment = discussion.getByTestId("comment").filter({ hasText: "<script>" });
  await expect(attackComment.locator(".comment-body")).toContainText(`<script>window.__agonPwned = "script"</script>`);
  await expect(attackComment.locator(".comment-body")).toContainText("[click](javascript:");
  await expect(attackComment.locator(".comment-body script, .comment-body img, .comment-body a")).toHaveCount(0);

  await openMap(ownerPage, workspace.id);
  discussion = await openDiscussion(ownerPage, claim);
  await expect(discussion.getByTestId("comment").filter({ hasText: "<img src=x" }).locator("img")).toHaveCount(0);
  for (const page of [ownerPage, memberPage]) expect(await page.evaluate(() => (window as { __agonPwned?: string }).__agonPwned)).toBeUndefined();

  await ownerContext.close();
  await memberContext.close();
});

test("editing one's own comment keeps the typed text when another tab saved first; deleting keeps the replies", async ({ page }) => {
  await apiUser(page.request, "discussion-editor-conflict");
  const workspace = (await (await page.request.post("/api/workspaces", { data: { name: "Edits" } })).json()) as { id: string };
  const claim = ((await (await page.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text: "A claim to discuss", position: { x: 0, y: 0 } } })).json()) as { id: string }).id;
  const comments = `/api/workspaces/${workspace.id}/comments`;
  const top = (await (await page.request.post(`${comments}?claimId=${claim}`, { data: { body: "First thoughts" } })).json()) as { id: string };
  await page.request.post(`${comments}?claimId=${claim}`, { data: { body: "A reply that must survive", parentId: top.id } });

  await openMap(page, workspace.id);
  const discussion = await openDiscussion(page, claim);
  const first = discussion.getByTestId("comment").filter({ hasText: "First thoughts" });
  await first.getByRole("button", { name: "Edit", exact: true }).click();
  await discussion.getByRole("textbox", { name: "Edit your comment" }).fill("Second thoughts, typed here");

  // Another tab saves first.
  expect((await page.request.patch(`${comments}/${top.id}`, { data: { version: 1, body: "Saved elsewhere" } })).ok()).toBe(true);
  await discussion.getByRole("button", { name: "Save", exact: true }).click();
  const warning = discussion.locator(".alert[role=alert]");
  await expect(warning).toContainText("This comment changed since you opened it");
  await expect(warning).toContainText("Saved elsewhere");
  await expect(discussion.getByRole("textbox", { name: "Edit your comment" })).toHaveValue("Second thoughts, typed here");
  await discussion.getByRole("button", { name: "Save", exact: true }).click();
  const edited = discussion.getByTestId("comment").first();
  await expect(edited.locator(".comment-body")).toHaveText("Second thoughts, typed here");
  await expect(edited).toContainText("edited");

  await edited.getByRole("button", { name: "Delete", exact: true }).click();
  await edited.getByRole("group", { name: "Confirm deleting this comment" }).getByRole("button", { name: "Delete", exact: true }).click();
  await expect(discussion.locator("[data-testid=comment][data-state=deleted]")).toHaveText("This comment was deleted.");
  await expect(discussion.locator(".comment-replies")).toContainText("A reply that must survive");
  await expect(discussion.getByRole("heading", { name: "Discussion (1)" })).toBeVisible();
});

test("a viewer reads the discussion on an edge but has no box to comment in", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const viewerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  const viewerPage = await viewerContext.newPage();
  await apiUser(ownerPage.request, "discussion-edge-owner");
  const workspace = (await (await ownerPage.request.post("/api/workspaces", { data: { name: "Edge talk" } })).json()) as { id: string };
  const claimOf = async (text: string, position: { x: number; y: number }) =>
    ((await (await ownerPage.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text, position } })).json()) as { id: string }).id;
  const from = await claimOf("Cadres inflated the reports", { x: 0, y: 320 });
  const to = await claimOf("The requisitions caused the famine", { x: 420, y: 0 });
  const edge = ((await (await ownerPage.request.post(`/api/workspaces/${workspace.id}/edges`, { data: { from, to, kind: "support" } })).json()) as { id: string }).id;
  await ownerPage.request.post(`/api/workspaces/${workspace.id}/comments?edgeId=${edge}`, { data: { body: "Is the timing right?" } });
  const viewer = await apiUser(viewerPage.request, "discussion-viewer");
  addMember(workspace.id, viewer.id, "viewer");

  await openMap(viewerPage, workspace.id);
  await viewerPage.locator(`.react-flow__edge[data-id="${edge}"] .react-flow__edge-textwrapper`).click();
  const discussion = viewerPage.getByTestId("edge-panel").getByTestId("discussion");
  await expect(discussion.getByRole("heading", { name: "Discussion (1)" })).toBeVisible();
  await expect(discussion.getByTestId("comment")).toContainText("Is the timing right?");
  await expect(discussion.getByRole("textbox")).toHaveCount(0);
  await expect(discussion.getByRole("button", { name: "Reply" })).toHaveCount(0);
  await expect(discussion).toContainText("ask an owner for the commenter role");

  await ownerContext.close();
  await viewerContext.close();
});

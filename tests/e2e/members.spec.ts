import { expect, test } from "@playwright/test";
import { apiUser, PASSWORD, uniqueEmail } from "./support";

/** Two people in two browsers: an owner invites, the other joins by link or from their list. */

test("a new person follows an invitation link, signs up, joins with the link's role; the owner then changes it", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await apiUser(owner.request, "owner");
  const workspace = (await (await owner.request.post("/api/workspaces", { data: { name: "Seminar on the state" } })).json()) as { id: string };

  await owner.goto(`/w/${workspace.id}/members`);
  await owner.getByLabel("Role", { exact: true }).selectOption("editor");
  await owner.getByLabel("Expires after").selectOption("1");
  await owner.getByRole("button", { name: "Create invitation" }).click();
  const link = await owner.getByTestId("invite-link").getByRole("textbox").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(owner.getByTestId("invitation-row")).toContainText("Link · editor");

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(new URL(link).pathname);
  await expect(guest).toHaveURL(/\/signin\?callbackUrl=/);
  await guest.getByRole("link", { name: "Create an account" }).click();
  await expect(guest.getByRole("heading", { name: "Create an account" })).toBeVisible();
  await expect(guest).toHaveURL(/\/signup\?callbackUrl=%2Finvite%2F/);
  const email = uniqueEmail("guest");
  await guest.getByLabel("Email").fill(email);
  await guest.getByLabel("Password").fill(PASSWORD);
  await guest.getByRole("button", { name: /Create account/ }).click();
  await expect(guest.getByRole("heading", { name: "Seminar on the state" })).toBeVisible();
  await expect(guest.getByText("You are invited to join as")).toContainText("an editor");
  await guest.getByRole("button", { name: "Accept and join" }).click();
  await expect(guest).toHaveURL(new RegExp(`/w/${workspace.id}/map`));
  await expect(guest.getByRole("button", { name: "+ New claim" })).toBeVisible();

  await owner.reload();
  const row = owner.getByTestId("member-row").filter({ hasText: email });
  await expect(row).toBeVisible();
  await row.getByLabel(`Role of ${email}`).selectOption("viewer");
  await expect(owner.getByRole("status")).toContainText(`${email} is now a viewer.`);

  await guest.reload();
  await expect(guest.getByText("viewer, read only")).toBeVisible();
  await expect(guest.getByRole("button", { name: "+ New claim" })).toHaveCount(0);

  // The owner withdraws the link: it stops working for anyone else.
  await owner.getByRole("button", { name: "Withdraw the invitation link for an editor" }).click();
  await expect(owner.getByTestId("invitation-row")).toHaveCount(0);
  const lateContext = await browser.newContext();
  const late = await lateContext.newPage();
  await apiUser(late.request, "late");
  await late.goto(new URL(link).pathname);
  await expect(late.locator(".alert[role=alert]")).toContainText("withdrawn");
  await Promise.all([ownerContext.close(), guestContext.close(), lateContext.close()]);
});

test("an invitation by email appears in the invitee's workspace list; the last owner cannot leave", async ({ browser }) => {
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  const { email } = await apiUser(invitee.request, "invitee");

  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const ownerAccount = await apiUser(owner.request, "owner");
  const workspace = (await (await owner.request.post("/api/workspaces", { data: { name: "Authors in dispute" } })).json()) as { id: string };
  await owner.goto(`/w/${workspace.id}/members`);
  await owner.getByLabel(/^Email/).fill("nobody-registered@example.test");
  await owner.getByRole("button", { name: "Create invitation" }).click();
  await expect(owner.locator(".alert[role=alert]")).toContainText("No one has an Agon account");
  await owner.getByLabel(/^Email/).fill(email);
  await owner.getByLabel("Role", { exact: true }).selectOption("commenter");
  await owner.getByRole("button", { name: "Create invitation" }).click();
  await expect(owner.getByRole("status")).toContainText("will find the invitation");
  await expect(owner.getByTestId("invitation-row")).toContainText(`${email} · commenter`);

  await invitee.goto("/workspaces");
  const offer = invitee.getByTestId("my-invitation");
  await expect(offer).toContainText("Authors in dispute as commenter");
  await offer.getByRole("button", { name: "Accept and join" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/w/${workspace.id}/map`));

  // The last owner is told why they cannot leave, and stays.
  owner.on("dialog", (dialog) => void dialog.accept());
  await owner.reload();
  await owner.getByTestId("member-row").filter({ hasText: ownerAccount.email }).getByRole("button", { name: "Leave workspace" }).click();
  await expect(owner.locator(".alert[role=alert]")).toContainText("at least one owner");
  await expect(owner.getByTestId("member-row")).toHaveCount(2);

  // The commenter leaves; the workspace disappears from their list.
  invitee.on("dialog", (dialog) => void dialog.accept());
  await invitee.goto(`/w/${workspace.id}/members`);
  await invitee.getByRole("button", { name: "Leave workspace" }).click();
  await expect(invitee).toHaveURL(/\/workspaces$/);
  await expect(invitee.getByTestId("workspace-card").filter({ hasText: "Authors in dispute" })).toHaveCount(0);
  await Promise.all([ownerContext.close(), inviteeContext.close()]);
});

import { expect, test, type Page } from "@playwright/test";
import { addMember, apiUser } from "./support";

/** Two members with the same map open see each other's changes without reloading. */

async function openMap(page: Page, workspaceId: string) {
  await page.goto(`/w/${workspaceId}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
}

test("new claims, edges, moves and stances from one member appear on the other's open map, with presence", async ({ browser }) => {
  const aliceContext = await browser.newContext();
  const alice = await aliceContext.newPage();
  await apiUser(alice.request, "alice");
  const workspace = (await (await alice.request.post("/api/workspaces", { data: { name: "Live reading" } })).json()) as { id: string };
  const first = (await (await alice.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text: "Wages stagnated", position: { x: 0, y: 300 } } })).json()) as { id: string };

  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  const bobAccount = await apiUser(bob.request, "bob");
  addMember(workspace.id, bobAccount.id, "editor");

  await openMap(alice, workspace.id);
  await openMap(bob, workspace.id);
  await expect(alice.getByTestId("presence")).toContainText("2 here now");
  await expect(bob.getByTestId("presence")).toHaveAttribute("aria-label", /alice-.*bob-|bob-.*alice-/);

  // Alice adds a claim in her browser; Bob's map shows it without a reload.
  await alice.getByRole("button", { name: "+ New claim" }).click();
  await alice.getByRole("dialog", { name: "New claim" }).getByLabel("Claim").fill("Discontent fed the rebel factions");
  await alice.getByRole("dialog", { name: "New claim" }).getByRole("button", { name: "Add claim" }).click();
  const live = { timeout: 3000 };
  await expect(bob.getByTestId("claim-node").filter({ hasText: "Discontent fed the rebel factions" })).toBeVisible(live);

  // Bob connects the two; Alice sees the edge.
  const map = (await (await bob.request.get(`/api/workspaces/${workspace.id}/map`)).json()) as { claims: { id: string; text: string }[] };
  const second = map.claims.find((c) => c.text.startsWith("Discontent"))!;
  await bob.request.post(`/api/workspaces/${workspace.id}/edges`, { data: { from: first.id, to: second.id, kind: "support" } });
  await expect(alice.locator(".react-flow__edge")).toHaveCount(1, live);
  await expect(alice.getByText("2 claims · 1 edges")).toBeVisible();

  // A move and a stance travel too.
  const before = await alice.locator(`.react-flow__node[data-id="${first.id}"]`).getAttribute("style");
  await bob.request.patch(`/api/workspaces/${workspace.id}/claims/${first.id}`, { data: { position: { x: 600, y: 40 } } });
  await expect.poll(() => alice.locator(`.react-flow__node[data-id="${first.id}"]`).getAttribute("style"), live).not.toBe(before);
  await bob.request.put(`/api/workspaces/${workspace.id}/claims/${first.id}/stance`, { data: { value: "agree" } });
  await expect(alice.locator(`[data-claim-id="${first.id}"]`).getByTestId("node-stances")).toHaveAttribute("aria-label", /1 agree/, live);

  // A comment shows on Alice's map as an unread badge.
  await bob.request.post(`/api/workspaces/${workspace.id}/comments?claimId=${first.id}`, { data: { body: "Real wages, or nominal?" } });
  await expect(alice.locator(`[data-claim-id="${first.id}"]`).getByTestId("comment-badge")).toHaveAttribute("aria-label", "1 comment, 1 unread", live);

  // Bob leaves the page: Alice is alone again.
  await bob.close();
  await expect(alice.getByTestId("presence")).toContainText("only you here", { timeout: 5000 });
  await Promise.all([aliceContext.close(), bobContext.close()]);
});

import { expect, test, type Browser, type Page } from "@playwright/test";
import { apiUser } from "./support";

/**
 * Two editors, two browsers, one edge. Ada is part-way through an edit when Bea saves hers: Ada's
 * draft survives the live refresh, her save is refused with Bea's version shown beside hers, and
 * she can resubmit (merged) or take Bea's. Nothing either of them wrote is lost on the way.
 */

interface ApiEdge {
  id: string;
  kind: string;
  note: string;
  version: number;
}

async function openEdge(page: Page, workspaceId: string, claimId: string) {
  await page.goto(`/w/${workspaceId}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await page.locator(`[data-claim-id="${claimId}"]`).click();
  await page.getByTestId("claim-panel").getByTestId("panel-edge").first().click();
  const panel = page.getByTestId("edge-panel");
  await expect(panel).toBeVisible();
  return panel;
}

async function twoEditors(browser: Browser) {
  const adaContext = await browser.newContext();
  const ada = await adaContext.newPage();
  await apiUser(ada.request, "ada");
  const workspace = (await (await ada.request.post("/api/workspaces", { data: { name: "Edge conflicts" } })).json()) as { id: string };
  const claim = async (text: string, position: { x: number; y: number }) =>
    ((await (await ada.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text, position } })).json()) as { id: string }).id;
  const premise = await claim("Grain quotas rose every year", { x: 0, y: 320 });
  const conclusion = await claim("The cadres feared the centre", { x: 420, y: 0 });
  const edge = (await (await ada.request.post(`/api/workspaces/${workspace.id}/edges`, { data: { from: premise, to: conclusion, kind: "support", note: "first reading" } })).json()) as { id: string };

  // Bea joins through an editor invitation link, as a real member would.
  const beaContext = await browser.newContext();
  const bea = await beaContext.newPage();
  await apiUser(bea.request, "bea");
  const invitation = (await (await ada.request.post(`/api/workspaces/${workspace.id}/invitations`, { data: { role: "editor" } })).json()) as { token: string };
  expect((await bea.request.post(`/api/invitations/${invitation.token}`)).ok()).toBe(true);

  const savedEdge = async () =>
    ((await (await ada.request.get(`/api/workspaces/${workspace.id}/map`)).json()) as { edges: ApiEdge[] }).edges.find((e) => e.id === edge.id)!;
  return { ada, bea, workspaceId: workspace.id, premise, savedEdge, close: () => Promise.all([adaContext.close(), beaContext.close()]) };
}

test("a stale edge edit is refused with both versions shown; the user's draft is kept to merge and resubmit", async ({ browser }) => {
  const { ada, bea, workspaceId, premise, savedEdge, close } = await twoEditors(browser);
  const adaPanel = await openEdge(ada, workspaceId, premise);
  const beaPanel = await openEdge(bea, workspaceId, premise);

  // Ada starts an edit and does not save yet.
  await adaPanel.getByRole("radio", { name: /Opposes/ }).check();
  await adaPanel.getByLabel("Why", { exact: true }).fill("Ada: the quotas made the cadres lie, not fear");

  // Bea saves first.
  await beaPanel.getByLabel("Why", { exact: true }).fill("Bea: quotas were the centre's lever");
  await beaPanel.getByRole("button", { name: "Save", exact: true }).click();
  await expect.poll(async () => (await savedEdge()).version).toBe(2);

  // Bea's change reaches Ada's open map; her draft stays and she is told.
  await expect(adaPanel.getByRole("status").filter({ hasText: "Someone else changed this edge while you were editing" })).toBeVisible({ timeout: 5000 });
  await expect(adaPanel.getByLabel("Why", { exact: true })).toHaveValue("Ada: the quotas made the cadres lie, not fear");

  // Ada saves: refused, with Bea's version beside hers, and nothing of Ada's saved.
  await adaPanel.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = adaPanel.getByTestId("edge-conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(/bea-.*changed this edge meanwhile/);
  await expect(conflict.getByTestId("edge-conflict-theirs")).toContainText("supports");
  await expect(conflict.getByTestId("edge-conflict-theirs")).toContainText("Bea: quotas were the centre's lever");
  await expect(conflict.getByTestId("edge-conflict-mine")).toContainText("opposes");
  await expect(conflict.getByTestId("edge-conflict-mine")).toContainText("Ada: the quotas made the cadres lie, not fear");
  await expect(adaPanel.getByLabel("Why", { exact: true })).toHaveValue("Ada: the quotas made the cadres lie, not fear");
  await expect(adaPanel.getByRole("radio", { name: /Opposes/ })).toBeChecked();
  expect(await savedEdge()).toMatchObject({ kind: "support", note: "Bea: quotas were the centre's lever", version: 2 });
  await ada.screenshot({ path: "test-results/edge-conflict.png" });

  // She merges the two notes and saves hers on top of Bea's.
  const merged = "Ada: the quotas made the cadres lie; Bea: they were the centre's lever";
  await adaPanel.getByLabel("Why", { exact: true }).fill(merged);
  await expect(conflict.getByTestId("edge-conflict-mine")).toContainText(merged);
  await adaPanel.getByRole("button", { name: "Save mine" }).click();
  await expect(conflict).toBeHidden();
  expect(await savedEdge()).toMatchObject({ kind: "oppose", note: merged, version: 3 });

  // Bea, who had nothing unsaved, sees Ada's version arrive in her form.
  await expect(beaPanel.getByLabel("Why", { exact: true })).toHaveValue(merged, { timeout: 5000 });
  await expect(beaPanel.getByRole("radio", { name: /Opposes/ })).toBeChecked();
  await close();
});

test("after a refused edge edit, “Use theirs” drops the draft and saves nothing", async ({ browser }) => {
  const { ada, bea, workspaceId, premise, savedEdge, close } = await twoEditors(browser);
  const adaPanel = await openEdge(ada, workspaceId, premise);
  await adaPanel.getByLabel("Why", { exact: true }).fill("Ada's draft");

  // Bea saves from her browser's API session (no open map needed for this one).
  const before = await savedEdge();
  expect((await bea.request.patch(`/api/workspaces/${workspaceId}/edges/${before.id}`, { data: { version: before.version, note: "Bea's version" } })).ok()).toBe(true);

  await adaPanel.getByRole("button", { name: "Save", exact: true }).click();
  await expect(adaPanel.getByTestId("edge-conflict")).toContainText("Bea's version");
  await adaPanel.getByRole("button", { name: "Use theirs (discard mine)" }).click();
  await expect(adaPanel.getByTestId("edge-conflict")).toBeHidden();
  await expect(adaPanel.getByLabel("Why", { exact: true })).toHaveValue("Bea's version");
  expect(await savedEdge()).toMatchObject({ note: "Bea's version", version: 2 });
  await close();
});

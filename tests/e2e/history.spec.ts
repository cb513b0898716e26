import { expect, test, type Page } from "@playwright/test";
import { addMember, apiUser } from "./support";

/** Nothing lost: undo of one's own change, the claim's wording history, the trash and the activity feed. */

async function openMap(page: Page, workspaceId: string, claimId?: string) {
  await page.goto(`/w/${workspaceId}/map${claimId ? `?claim=${claimId}` : ""}`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
}

test("an editor undoes an edit and sees the wording history; the owner restores a deleted claim from the trash", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await apiUser(owner.request, "owner");
  const workspace = (await (await owner.request.post("/api/workspaces", { data: { name: "Nothing lost" } })).json()) as { id: string };
  const post = (path: string, data: unknown) => owner.request.post(`/api/workspaces/${workspace.id}${path}`, { data }).then((r) => r.json() as Promise<{ id: string }>);
  const a = await post("/claims", { text: "Communes raised output", position: { x: 0, y: 300 } });
  const b = await post("/claims", { text: "Output figures were inflated", position: { x: 380, y: 0 } });
  await post("/edges", { from: b.id, to: a.id, kind: "oppose" });

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  const account = await apiUser(editor.request, "editor");
  addMember(workspace.id, account.id, "editor");

  await openMap(editor, workspace.id, a.id);
  const panel = editor.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Edit" }).click();
  await panel.getByLabel("Claim", { exact: true }).fill("Communes doubled output");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByTestId("panel-claim-text")).toHaveText("Communes doubled output");
  await panel.getByText("History of its wording").click();
  await expect(panel.getByTestId("claim-revisions").locator("li")).toHaveCount(2);

  await editor.getByRole("button", { name: "Undo" }).click();
  await expect(editor.getByRole("status")).toContainText("Undone: edited the claim");
  await expect(panel.getByTestId("panel-claim-text")).toHaveText("Communes raised output");

  // Delete with the edge that goes with it; the owner finds both in the trash and restores them.
  await panel.getByRole("button", { name: "Delete…" }).click();
  await editor.getByRole("dialog", { name: "Delete this claim?" }).getByRole("button", { name: "Delete claim and 1 edge" }).click();
  await expect(editor.getByRole("status")).toContainText("Claim and 1 edge deleted.");

  await owner.goto(`/w/${workspace.id}/activity`);
  await expect(owner.getByTestId("activity-list")).toContainText("deleted the claim “Communes raised output” and 1 edge");
  await owner.getByRole("link", { name: "Trash" }).click();
  const item = owner.getByTestId("trash-item").filter({ hasText: "Communes raised output" });
  await expect(item).toContainText("1 edge with it");
  await item.getByRole("button", { name: "Restore" }).click();
  await expect(owner.getByRole("status")).toContainText("Restored “Communes raised output” with 1 edge(s).");
  await expect(owner.getByTestId("trash-item")).toHaveCount(0);

  // The editor's open map shows it again, live.
  await expect(editor.locator(`[data-claim-id="${a.id}"]`)).toBeVisible({ timeout: 3000 });
  await expect(editor.locator(".react-flow__edge")).toHaveCount(1);

  // Only the owner may open the trash.
  const response = await editor.goto(`/w/${workspace.id}/trash`);
  expect(response?.status()).toBe(404);
  await Promise.all([ownerContext.close(), editorContext.close()]);
});

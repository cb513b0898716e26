import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { apiUser } from "./support";

/**
 * One proposition in two authors' words, on a workspace of the test's own: marked from a claim's
 * panel, drawn as a double "=" line, merged into one card carrying both wordings and both claims'
 * edges, taken apart again; and, in the reader, an existing look-alike claim offered before a
 * duplicate is made.
 */

interface ApiMap {
  claims: { id: string; text: string; equivalenceGroupId?: string | null }[];
  equivalenceGroups: { id: string; version: number; claimIds: string[] }[];
}

const CRITIC_TEXT = "In the factories, dossiers, informers and surveillance made Maoist rule Stalinist in its coercion. The workers kept their own counsel.";
const DEFENDER_TEXT = "Collectivization and famine cost millions of lives, and Mao's regime was barely less brutal than Stalin's. Many still admire it.";

async function setUp(page: Page) {
  await apiUser(page.request, "equivalence");
  const ws = (await (await page.request.post("/api/workspaces", { data: { name: "One proposition" } })).json()) as { id: string };
  const source = async (author: string, year: number, text: string) =>
    ((await (await page.request.post(`/api/workspaces/${ws.id}/sources`, { data: { author, title: `${author}'s essay`, year, text } })).json()) as { id: string }).id;
  const critic = await source("Ada Critic", 1988, CRITIC_TEXT);
  const defender = await source("Bo Defender", 2018, DEFENDER_TEXT);
  const claim = async (text: string, position: { x: number; y: number }, anchor?: { sourceId: string; exact: string }) =>
    ((await (await page.request.post(`/api/workspaces/${ws.id}/claims`, { data: { text, position, ...(anchor ? { anchor } : {}) } })).json()) as { id: string }).id;
  const edge = async (from: string, to: string) =>
    ((await (await page.request.post(`/api/workspaces/${ws.id}/edges`, { data: { from, to, kind: "support" } })).json()) as { id: string }).id;
  const thesis = await claim("Mao's China was Stalin's kind of society", { x: 320, y: 0 });
  const coercion = await claim("Maoist factory rule was Stalinist in its coercion", { x: 0, y: 320 }, { sourceId: critic, exact: "made Maoist rule Stalinist in its coercion" });
  const brutal = await claim("Mao's regime was barely less brutal than Stalin's", { x: 640, y: 320 }, { sourceId: defender, exact: "barely less brutal than Stalin's" });
  const informers = await claim("Dossiers and informers ran the factories", { x: 0, y: 640 });
  const edges = { coercionThesis: await edge(coercion, thesis), brutalThesis: await edge(brutal, thesis), informersCoercion: await edge(informers, coercion) };
  return { workspaceId: ws.id, critic, defender, thesis, coercion, brutal, informers, edges };
}

const mapOf = async (page: Page, workspaceId: string) => (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as ApiMap;

async function openMap(page: Page, workspaceId: string, query = "") {
  await page.goto(`/w/${workspaceId}/map${query}`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
}

test("marks two authors' claims as one proposition, shows the line, merges them into one card with both edges, and separates them", async ({ page }) => {
  const { workspaceId, thesis, coercion, brutal, informers, edges } = await setUp(page);
  await openMap(page, workspaceId);
  await expect(page.getByTestId("equivalence-toggle")).toHaveCount(0);

  await page.locator(`[data-claim-id="${coercion}"]`).click();
  const panel = page.getByTestId("claim-panel");
  const picker = panel.getByRole("combobox", { name: "Same proposition as…" });
  const options = panel.getByRole("listbox", { name: "Claims to mark as the same proposition" }).getByRole("option");
  // With nothing typed the list offers the claims worded most alike; typing narrows by words or author.
  await picker.focus();
  await expect(options.first()).toBeVisible();
  await picker.fill("bo defender");
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText("barely less brutal");
  await picker.press("Enter");

  await expect(panel.getByTestId("equivalent")).toHaveCount(1);
  await expect(panel.getByTestId("equivalent")).toContainText("Bo Defender 2018");
  await expect(panel.getByTestId("equivalent")).toContainText("barely less brutal than Stalin's");
  await expect.poll(async () => (await mapOf(page, workspaceId)).equivalenceGroups.map((g) => [...g.claimIds].sort())).toEqual([[coercion, brutal].sort()]);

  // Separate view: a double line with "=" between the two cards, explained in the legend.
  await expect(page.locator(".react-flow__edge-equivalence")).toHaveCount(1);
  await expect(page.locator(".equivalence-edge-label")).toHaveText("=");
  await expect(page.getByTestId("legend-equivalence")).toContainText("same proposition (double line, =)");
  await expect(page.getByTestId("claim-node")).toHaveCount(4);
  // The exported picture explains the line too.
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
  expect(fs.readFileSync((await svg.path())!, "utf8")).toContain("same proposition (double line, =)");

  // Merged view: one card with both wordings and attributions, every edge of both claims on it.
  await page.getByTestId("equivalence-toggle").getByLabel("One card each").check();
  await expect(page).toHaveURL(/equivalence=merged/);
  await expect(page.getByTestId("claim-node")).toHaveCount(3);
  const card = page.locator(`[data-claim-id="${coercion}"]`);
  await expect(card.getByTestId("merged-wording")).toHaveCount(2);
  await expect(card.getByTestId("merged-wording").nth(0)).toContainText("Ada Critic 1988");
  await expect(card.getByTestId("merged-wording").nth(1)).toContainText("Bo Defender 2018");
  await expect(card.getByTestId("merged-wording").nth(1)).toContainText("barely less brutal");
  await expect(page.locator(`[data-claim-id="${brutal}"]`)).toHaveCount(0);
  await expect(page.locator(".react-flow__edge-equivalence")).toHaveCount(0);
  // The two supports of the thesis became one edge from the proposition; the informers' support stays on it.
  await expect(page.locator(`.react-flow__edge[data-id="${edges.coercionThesis}"]`)).toHaveCount(1);
  await expect(page.locator(`.react-flow__edge[data-id="${edges.brutalThesis}"]`)).toHaveCount(0);
  await expect(page.locator(`.react-flow__edge[data-id="${edges.informersCoercion}"]`)).toHaveCount(1);
  await card.click();
  await expect(panel.getByTestId("panel-edge")).toHaveCount(2);
  await expect(panel.getByTestId("equivalent")).toContainText("Bo Defender 2018");
  void thesis;
  void informers;

  // The view is in the URL: a reload keeps the merged card.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await expect(page.getByTestId("claim-node")).toHaveCount(3);

  // Back to separate cards, and "Not the same" takes the group apart.
  await page.getByTestId("equivalence-toggle").getByLabel("Separate cards").check();
  await expect(page.getByTestId("claim-node")).toHaveCount(4);
  await page.locator(`[data-claim-id="${brutal}"]`).click();
  await expect(panel.getByTestId("equivalent")).toContainText("Ada Critic 1988");
  await panel.getByRole("button", { name: /Not the same proposition: “Maoist factory rule/ }).click();
  await expect(panel.getByRole("status").filter({ hasText: "no longer marked" })).toBeVisible();
  await expect(page.locator(".react-flow__edge-equivalence")).toHaveCount(0);
  await expect(page.getByTestId("equivalence-toggle")).toHaveCount(0);
  expect((await mapOf(page, workspaceId)).equivalenceGroups).toEqual([]);
});

test("the reader offers an existing look-alike claim before making one, and joins the new claim to it", async ({ page }) => {
  const { workspaceId, critic, brutal } = await setUp(page);
  await page.goto(`/w/${workspaceId}/sources/${critic}`);
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-ready", "true");
  // Select "The workers kept their own counsel" as a mouse would, then Make claim.
  await page.evaluate((words) => {
    const root = document.querySelector('[data-testid="reader-text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`"${words}" is not in the reader`);
  }, "The workers kept their own counsel");
  await page.getByRole("button", { name: "Make claim" }).click();
  const dialog = page.getByRole("dialog", { name: "Make a claim from this passage" });
  await expect(dialog.getByTestId("equivalent-suggestions")).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Create claim" })).toBeVisible();

  await dialog.getByLabel("Claim").fill("Mao's rule was hardly less brutal than Stalin's");
  const suggestion = dialog.getByTestId("equivalent-suggestion").filter({ hasText: "barely less brutal than Stalin's" });
  await expect(suggestion).toBeVisible();
  await expect(suggestion).toContainText("Bo Defender 2018");
  await expect(dialog.getByRole("button", { name: "Create anyway" })).toBeVisible();
  await suggestion.getByRole("button", { name: /Mark as same proposition/ }).click();
  await expect(dialog).toHaveCount(0);

  const map = await mapOf(page, workspaceId);
  const made = map.claims.find((c) => c.text === "Mao's rule was hardly less brutal than Stalin's")!;
  expect(map.equivalenceGroups.map((g) => [...g.claimIds].sort())).toEqual([[brutal, made.id].sort()]);
});

import { expect, test, type Page } from "@playwright/test";
import { DEMO_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE, signIn, fitViewAndSettle } from "./support";
import { expandMap } from "../../lib/graph/map-wire";

interface ApiMap {
  claims: { id: string; text: string; source: { author: string } | null; anchor: { exact: string } | null }[];
  edges: { id: string; from: string; to: string; kind: string }[];
  sources: { id: string; author: string }[];
}

async function openDemoMap(page: Page): Promise<string> {
  await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
  await page.getByTestId("workspace-card").filter({ hasText: DEMO_WORKSPACE }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/map/);
  return page.url().match(/\/w\/([^/]+)\//)![1]!;
}

/** Select the first words of a run of plain text (no highlight yet) in the reader, as a mouse would. */
async function selectFreshWords(page: Page, words: number): Promise<string> {
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-ready", "true");
  const selected = await page.evaluate((count) => {
    const root = document.querySelector('[data-testid="reader-text"]')!;
    const runs = Array.from(root.querySelectorAll<HTMLElement>("p > span[data-o]:not([data-claims])"));
    const run = runs.find((r) => (r.textContent ?? "").split(/\s+/).length > count + 4 && /^[A-Z]/.test(r.textContent ?? ""));
    if (!run) return null;
    const text = run.firstChild as Text;
    const value = text.data;
    let end = 0;
    for (let i = 0; i < count; i++) end = value.indexOf(" ", end + 1);
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, end);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    run.scrollIntoView({ block: "center" });
    root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    return value.slice(0, end);
  }, words);
  if (!selected) throw new Error("No unhighlighted passage found in the reader.");
  return selected;
}

test.describe("the demo workspace", () => {
  test.beforeEach(async ({ request }) => {
    const { existsSync } = await import("node:fs");
    const { resolve } = await import("node:path");
    const corpus = process.env.AGON_CORPUS_DIR ?? resolve(process.cwd(), "../shared/corpus");
    test.skip(!existsSync(corpus), `The demo map needs ../shared/corpus, which is absent here (${corpus}).`);
    void request;
  });

  test("shows the four texts' argument map with a legend, and opens a claim's panel", async ({ page }) => {
    const workspaceId = await openDemoMap(page);
    await expect(page.getByTestId("claim-node").first()).toBeVisible();
    expect(await page.getByTestId("claim-node").count()).toBeGreaterThanOrEqual(30);
    await expect(page.getByTestId("map-legend")).toContainText("supports");
    await expect(page.getByTestId("map-legend")).toContainText("opposes");
    await expect(page.getByTestId("map-legend")).toContainText("Charlie Post");

    // The legend folds away to uncover the cards beneath it, and stays folded on the next visit.
    const legendToggle = page.getByTestId("map-legend").getByRole("button", { name: "Legend" });
    await expect(legendToggle).toHaveAttribute("aria-expanded", "true");
    await legendToggle.click();
    await expect(legendToggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByTestId("map-legend").getByText("Charlie Post")).toBeHidden();
    await page.reload();
    await expect(page.getByTestId("map-legend").getByRole("button", { name: "Legend" })).toHaveAttribute("aria-expanded", "false");
    await page.getByTestId("map-legend").getByRole("button", { name: "Legend" }).click();
    await expect(page.getByTestId("map-legend").getByText("Charlie Post")).toBeVisible();

    const map = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as ApiMap;
    // The compact form the map page loads holds the same map; an unknown shape is refused, not guessed.
    const compact = await page.request.get(`/api/workspaces/${workspaceId}/map?shape=compact`);
    expect(expandMap(await compact.json())).toEqual(map);
    const unknownShape = await page.request.get(`/api/workspaces/${workspaceId}/map?shape=tiny`);
    expect(unknownShape.status()).toBe(422);
    expect((await unknownShape.json()).error.message).toMatch(/shape must be "full" or "compact"/);
    const meaney = map.claims.find((c) => /not Soviet-style orthodox/.test(c.text))!;
    const post = map.claims.find((c) => /same sort of society as Stalin/.test(c.text))!;
    expect(map.edges.some((e) => e.from === post.id && e.to === meaney.id && e.kind === "oppose")).toBe(true);

    // The first view frames readable cards, not necessarily all 53; Fit view shows the whole map.
    await fitViewAndSettle(page);
    await page.locator(`[data-claim-id="${meaney.id}"]`).click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("panel-claim-text")).toHaveText(meaney.text);
    await expect(panel).toContainText("stable, orthodox Leninist format");
    // With a panel open the toolbar wraps onto more rows; it sits above the canvas, never over cards.
    const toolbar = (await page.locator(".map-toolbar").boundingBox())!;
    const canvas = (await page.locator(".react-flow").boundingBox())!;
    expect(toolbar.y + toolbar.height).toBeLessThanOrEqual(canvas.y + 1);
    await expect(panel.getByTestId("panel-edge").filter({ hasText: "opposes" }).first()).toBeVisible();
    await panel.getByRole("link", { name: "Open in the reader →" }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/[^/]+\\?claim=${meaney.id}`));
    await expect(page.locator(`.hl.active`).first()).toContainText("orthodox");
  });

  test("makes a claim from a selection in the reader, opposes Meaney with it on the map, and finds both after reload", async ({ page }) => {
    const workspaceId = await openDemoMap(page);
    const map = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as ApiMap;
    const engst = map.sources.find((s) => s.author.includes("Engst"))!;
    const meaney = map.claims.find((c) => /not Soviet-style orthodox/.test(c.text))!;

    await page.goto(`/w/${workspaceId}/sources/${engst.id}`);
    const words = await selectFreshWords(page, 7);
    await page.getByRole("button", { name: "Make claim" }).click();
    const dialog = page.getByRole("dialog", { name: "Make a claim from this passage" });
    await expect(dialog.locator("mark")).toHaveText(words);
    const claimText = `E2E ${Date.now()}: the mass organizations made the Chinese order unlike the Soviet one`;
    await dialog.getByLabel("Claim").fill(claimText);
    await dialog.getByRole("button", { name: "Create claim" }).click();
    await expect(page.getByTestId("active-claim")).toContainText(claimText);
    await expect(page.locator(".hl.active").first()).toBeVisible();

    await page.getByTestId("active-claim").getByRole("link", { name: "Show on the map →" }).click();
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByTestId("panel-claim-text")).toHaveText(claimText);
    await expect(panel.locator("mark")).toHaveText(words);
    await panel.getByLabel(/Opposes/).check();
    await panel.getByLabel("This claim … the claim").selectOption(meaney.id);
    await panel.getByRole("button", { name: "Connect" }).click();
    await expect(panel.getByTestId("panel-edge").filter({ hasText: "opposes" })).toContainText("not Soviet-style orthodox");

    await page.reload();
    const after = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as ApiMap;
    const mine = after.claims.find((c) => c.text === claimText)!;
    expect(mine.anchor?.exact).toBe(words);
    expect(after.edges.some((e) => e.from === mine.id && e.to === meaney.id && e.kind === "oppose")).toBe(true);
    await expect(page.getByTestId("claim-panel").getByTestId("panel-claim-text")).toHaveText(claimText);
    await expect(page.locator(`[data-claim-id="${mine.id}"]`)).toBeVisible();
  });
});

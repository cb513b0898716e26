import { existsSync } from "node:fs";
import path, { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { apiUser, DEMO_EMAIL, DEMO_PASSWORD, demoWorkspaceId, signIn } from "./support";

/**
 * The outline beside the map: built and rearranged with the keyboard alone, every edit a real write
 * that the map shows at once; edits on the map and by other members come back into the outline.
 * Runs on a workspace of the test's own; the last test reads the demo map (needs the corpus).
 */

interface ApiMap {
  claims: { id: string; text: string; version: number }[];
  edges: { id: string; from: string; to: string; kind: string; version: number }[];
}

const THESIS = "The commune system failed";
const QUOTAS = "Grain quotas were set above harvests";
const RAINS = "The rains were unusually poor";
const FEAR = "Officials feared reporting shortfalls";

async function setUp(page: Page) {
  await apiUser(page.request, "outline");
  const ws = ((await (await page.request.post("/api/workspaces", { data: { name: "Outline" } })).json()) as { id: string }).id;
  const claim = async (text: string, type: string, position: { x: number; y: number }) =>
    ((await (await page.request.post(`/api/workspaces/${ws}/claims`, { data: { text, type, position } })).json()) as { id: string }).id;
  const thesis = await claim(THESIS, "thesis", { x: 300, y: 0 });
  const quotas = await claim(QUOTAS, "premise", { x: 0, y: 260 });
  const rains = await claim(RAINS, "premise", { x: 600, y: 260 });
  for (const [from, kind] of [[quotas, "support"], [rains, "oppose"]] as const) {
    expect((await page.request.post(`/api/workspaces/${ws}/edges`, { data: { from, to: thesis, kind } })).status()).toBe(201);
  }
  return { ws, thesis, quotas, rains };
}

const mapOf = async (page: Page, ws: string) => (await (await page.request.get(`/api/workspaces/${ws}/map`)).json()) as ApiMap;

async function openOutline(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await expect(page.locator("html")).toHaveAttribute("data-map-layout", "settled", { timeout: 30_000 });
  return page.getByRole("tree", { name: "Outline" });
}

test("builds and rearranges an argument in the outline with the keyboard; the map follows each edit", async ({ page }) => {
  const { ws, thesis } = await setUp(page);
  const tree = await openOutline(page, `/w/${ws}/map?outline=${thesis}`);
  const thesisRow = tree.getByRole("treeitem", { name: `Thesis: ${THESIS}` });
  await expect(thesisRow).toHaveAttribute("aria-level", "1");
  await expect(thesisRow).toHaveAttribute("aria-expanded", "true");
  const quotasRow = tree.getByRole("treeitem", { name: `Supports: ${QUOTAS}` });
  await expect(quotasRow).toHaveAttribute("aria-level", "2");
  await expect(quotasRow).toHaveAttribute("aria-posinset", "1");
  await expect(quotasRow).toHaveAttribute("aria-setsize", "2");

  // Arrow keys move the one tab stop; the claim is selected on the map too.
  await thesisRow.click();
  await page.keyboard.press("ArrowDown");
  await expect(quotasRow).toBeFocused();
  await expect(page.getByTestId("claim-panel").getByTestId("panel-claim-text")).toHaveText(QUOTAS);
  await page.keyboard.press("ArrowDown");
  const rainsRow = tree.getByRole("treeitem", { name: `Opposes: ${RAINS}` });
  await expect(rainsRow).toBeFocused();

  // Enter: a new reason beside this one, of the same kind; it appears on the map.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: `New reason that opposes “${THESIS}”` })).toBeFocused();
  await page.keyboard.type(FEAR);
  await page.keyboard.press("Enter");
  const fearRow = tree.getByRole("treeitem", { name: `Opposes: ${FEAR}` });
  await expect(fearRow).toBeFocused();
  await expect(page.getByTestId("outline-status")).toHaveText(`Added “${FEAR}”: it opposes “${THESIS}”.`);
  await expect(page.locator(".react-flow__node", { hasText: FEAR })).toBeVisible();
  const fear = (await mapOf(page, ws)).claims.find((c) => c.text === FEAR)!;
  const edgeId = (await mapOf(page, ws)).edges.find((e) => e.from === fear.id)!.id;
  const mapEdge = page.locator(`.react-flow__edge[data-id="${edgeId}"]`);
  await expect(mapEdge).toHaveAttribute("aria-label", `“${FEAR}” opposes “${THESIS}”`);

  // Tab: it becomes a reason for the row above; the map's edge now ends there.
  await page.keyboard.press("Tab");
  await expect(fearRow).toHaveAttribute("aria-level", "3");
  await expect(fearRow).toBeFocused();
  await expect(mapEdge).toHaveAttribute("aria-label", `“${FEAR}” opposes “${RAINS}”`);
  await expect(rainsRow).toHaveAttribute("aria-expanded", "true");

  // Alt+S: opposes becomes supports; the map draws a solid edge instead of a dashed one.
  await expect(mapEdge.locator("path.react-flow__edge-path")).toHaveAttribute("style", /dasharray/);
  await page.keyboard.press("Alt+s");
  const supportingRow = tree.getByRole("treeitem", { name: `Supports: ${FEAR}` });
  await expect(supportingRow).toBeFocused();
  await expect(mapEdge).toHaveAttribute("aria-label", `“${FEAR}” supports “${RAINS}”`);
  await expect(mapEdge.locator("path.react-flow__edge-path")).not.toHaveAttribute("style", /dasharray/);

  // Shift+Tab: one level out, a reason for the thesis again.
  await page.keyboard.press("Shift+Tab");
  await expect(supportingRow).toHaveAttribute("aria-level", "2");
  await expect(mapEdge).toHaveAttribute("aria-label", `“${FEAR}” supports “${THESIS}”`);
  expect((await mapOf(page, ws)).edges.find((e) => e.id === edgeId)).toMatchObject({ to: thesis, kind: "support" });

  // F2: new wording, saved as a claim edit; the card on the map says it too.
  await page.keyboard.press("F2");
  const wording = page.getByRole("textbox", { name: "Wording of this claim" });
  await expect(wording).toBeFocused();
  await wording.fill("Officials feared reporting any shortfall");
  await page.keyboard.press("Enter");
  await expect(tree.getByRole("treeitem", { name: "Supports: Officials feared reporting any shortfall" })).toBeFocused();
  await expect(page.locator(`.react-flow__node[data-id="${fear.id}"]`)).toContainText("Officials feared reporting any shortfall");

  // Delete twice: no longer a reason for the thesis (the edge goes, the claim stays); Ctrl+Z brings it back.
  const reworded = tree.getByRole("treeitem", { name: "Supports: Officials feared reporting any shortfall" });
  await page.keyboard.press("Delete");
  await expect(page.getByTestId("outline-status")).toContainText("Press Delete again");
  await expect(reworded).toBeVisible();
  await page.keyboard.press("Delete");
  await expect(reworded).toHaveCount(0);
  await expect(page.getByTestId("outline-status")).toContainText("is no longer a reason for “The commune system failed”");
  await expect(mapEdge).toHaveCount(0);
  await expect(page.locator(`.react-flow__node[data-id="${fear.id}"]`)).toBeVisible();
  await page.keyboard.press("Control+z");
  await expect(reworded).toBeVisible();
  await expect(mapEdge).toHaveCount(1);

  // A move the graph cannot take is refused in words, and nothing changes.
  await page.keyboard.press("Home");
  await expect(thesisRow).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("outline-status")).toContainText("The thesis is the outline's root");
  await expect(thesisRow).toBeFocused();
  // Escape lets the next Tab leave the tree: it is not a keyboard trap.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(thesisRow).not.toBeFocused();
  expect(new URL(page.url()).searchParams.get("outline")).toBe(thesis);
});

test("map selections, map edits and other members' edits show in the outline", async ({ page }) => {
  const { ws, thesis, quotas, rains } = await setUp(page);
  const tree = await openOutline(page, `/w/${ws}/map?outline=${thesis}`);
  await page.locator(`[data-claim-id="${rains}"]`).click();
  await expect(tree.getByRole("treeitem", { name: `Opposes: ${RAINS}` })).toHaveAttribute("aria-selected", "true");

  // Reworded in the map's claim panel.
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Edit", exact: true }).click();
  await panel.getByLabel("Claim", { exact: true }).fill("The rains failed two years running");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(tree.getByRole("treeitem", { name: "Opposes: The rains failed two years running" })).toBeVisible();

  // Someone else (a write without this tab's client id) turns the support into an opposition: the live update reaches the outline.
  const edge = (await mapOf(page, ws)).edges.find((e) => e.from === quotas)!;
  expect((await page.request.patch(`/api/workspaces/${ws}/edges/${edge.id}`, { data: { version: edge.version, kind: "oppose" } })).status()).toBe(200);
  await expect(tree.getByRole("treeitem", { name: `Opposes: ${QUOTAS}` })).toBeVisible({ timeout: 15_000 });

  // axe-core finds nothing serious in the pane, with a new reason being typed.
  await tree.getByRole("treeitem", { name: `Thesis: ${THESIS}` }).click();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: `New reason that supports “${THESIS}”` })).toBeFocused();
  await page.addScriptTag({ path: path.resolve(process.cwd(), "node_modules/axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run({ include: [["[data-testid=outline-pane]"]] }, { resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary})`).slice(0, 3).join(", ")}`);
  });
  expect(violations).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(tree.getByRole("treeitem", { name: `Thesis: ${THESIS}` })).toBeFocused();

  // Closing the pane leaves the map and drops the outline from the URL; the toolbar button opens it again.
  await page.getByRole("button", { name: "Close the outline" }).click();
  await expect(tree).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get("outline")).toBeNull();
  await page.getByRole("button", { name: "Outline", exact: true }).click();
  await expect(page.getByRole("tree", { name: "Outline" }).getByRole("treeitem", { name: `Thesis: ${THESIS}` })).toBeVisible();
});

test("the demo map's thesis reads as an outline, folded and unfolded by keyboard", async ({ page }) => {
  const corpus = process.env.AGON_CORPUS_DIR ?? resolve(process.cwd(), "../shared/corpus");
  test.skip(!existsSync(corpus), `The demo map needs ../shared/corpus, which is absent here (${corpus}).`);
  await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
  const ws = await demoWorkspaceId(page.request);
  await openOutline(page, `/w/${ws}/map`);
  await page.getByRole("button", { name: "Outline", exact: true }).click();
  const tree = page.getByRole("tree", { name: "Outline" });
  const root = tree.getByRole("treeitem").first();
  await expect(root).toHaveAttribute("aria-level", "1");
  await expect(root).toHaveAccessibleName(/^Thesis: /);
  const rowCount = await tree.getByRole("treeitem").count();
  expect(rowCount).toBeGreaterThan(3);
  // Every row says what it is in words, not colour: thesis, supports, opposes, objects or jointly.
  for (const name of await tree.getByRole("treeitem").evaluateAll((items) => items.map((i) => i.getAttribute("aria-label") ?? ""))) {
    expect(name).toMatch(/^(Thesis|Supports|Opposes|Objects to the step|Jointly \w+)/);
  }
  await root.click();
  await page.keyboard.press("ArrowLeft");
  await expect(root).toHaveAttribute("aria-expanded", "false");
  await expect(tree.getByRole("treeitem")).toHaveCount(1);
  await page.keyboard.press("ArrowRight");
  await expect(root).toHaveAttribute("aria-expanded", "true");
  await expect(tree.getByRole("treeitem")).toHaveCount(rowCount);
  await page.keyboard.press("ArrowRight");
  await expect(tree.getByRole("treeitem").nth(1)).toBeFocused();
  await expect(tree.getByRole("treeitem").nth(1)).toHaveAttribute("aria-level", "2");
});

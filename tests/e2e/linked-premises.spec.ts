import { expect, test, type Page } from "@playwright/test";
import { apiUser } from "./support";

/**
 * Building a linked argument in the browser, on a workspace of the test's own: dropping a claim on an
 * edge makes it a further premise, the panel lists and removes premises, the keyboard picker adds one,
 * and an unstated premise is created from the edge, drawn dashed and labelled.
 */

interface ApiMap {
  claims: { id: string; text: string; type: string; anchor: unknown }[];
  edges: { id: string; from: string; to: string; premises: string[]; version: number }[];
}

async function setUp(page: Page) {
  await apiUser(page.request, "linked");
  const workspace = (await (await page.request.post("/api/workspaces", { data: { name: "Linked premises" } })).json()) as { id: string };
  const claim = async (text: string, position: { x: number; y: number }) =>
    ((await (await page.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text, type: "premise", position } })).json()) as { id: string }).id;
  const famine = await claim("The requisitions caused the famine", { x: 300, y: 0 });
  const quotas = await claim("Quotas were set from the reported harvest", { x: 0, y: 340 });
  const inflated = await claim("The reported harvest was inflated", { x: 600, y: 340 });
  const edge = ((await (await page.request.post(`/api/workspaces/${workspace.id}/edges`, { data: { from: quotas, to: famine, kind: "support" } })).json()) as { id: string }).id;
  return { workspaceId: workspace.id, famine, quotas, inflated, edge };
}

async function mapOf(page: Page, workspaceId: string): Promise<ApiMap> {
  return (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as ApiMap;
}

async function openMap(page: Page, workspaceId: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/w/${workspaceId}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
}

async function centre(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("dropping a claim's handle on an edge links it as a further premise; Remove makes a plain edge again", async ({ page }) => {
  const { workspaceId, famine, quotas, inflated, edge } = await setUp(page);
  await openMap(page, workspaceId);
  const junction = `[data-testid="junction"][data-edge-id="${edge}"]`;
  const to = await centre(page, junction);
  const from = await centre(page, `[data-claim-id="${inflated}"] .react-flow__handle.source`);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  // While a connection is dragged, the edge offers itself as a drop target (a ringed +).
  await expect(page.locator(`${junction}.junction-drop.active`)).toBeVisible();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();

  await expect(page.getByRole("status").filter({ hasText: "Premise added" })).toBeVisible();
  await expect.poll(async () => (await mapOf(page, workspaceId)).edges.find((e) => e.id === edge)?.premises).toEqual([quotas, inflated]);
  // Drawn through a junction: a line from each premise into it, one arrow on to the conclusion.
  await expect(page.locator(`${junction}.junction-node`)).toBeVisible();
  await expect(page.locator(`.react-flow__edge.premise-segment`)).toHaveCount(2);
  const panel = page.getByTestId("edge-panel");
  await expect(panel.getByRole("heading", { name: "Linked premises (2)" })).toBeVisible();
  await expect(panel.getByTestId("premise-item")).toHaveCount(2);
  await page.screenshot({ path: "test-results/linked-premises-map.png" });

  await panel.getByRole("button", { name: /Remove “The reported harvest was inflated”/ }).click();
  await expect(panel.getByRole("heading", { name: "Premise", exact: true })).toBeVisible();
  await expect(page.locator(`.react-flow__edge.premise-segment`)).toHaveCount(0);
  const after = (await mapOf(page, workspaceId)).edges.find((e) => e.id === edge)!;
  expect(after).toMatchObject({ from: quotas, to: famine, premises: [quotas] });
  expect((await mapOf(page, workspaceId)).claims.map((c) => c.id)).toContain(inflated);
});

test("by keyboard: “Add a premise…” links a claim, and an unstated premise is added, dashed and labelled", async ({ page }) => {
  const { workspaceId, quotas, inflated, edge } = await setUp(page);
  await openMap(page, workspaceId);
  await page.locator(`.react-flow__edge[data-id="${edge}"] .react-flow__edge-textwrapper`).click();
  const panel = page.getByTestId("edge-panel");
  await panel.getByRole("combobox", { name: /Add a premise/ }).selectOption(inflated);
  await panel.getByRole("button", { name: "Add premise", exact: true }).click();
  await expect(panel.getByRole("heading", { name: "Linked premises (2)" })).toBeVisible();

  await panel.getByRole("button", { name: "Add unstated premise" }).click();
  const unstatedField = panel.getByRole("textbox", { name: /Unstated premise/ });
  await expect(unstatedField).toBeFocused();
  await unstatedField.fill("Peasants had no grain left beyond what the quotas took");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: "Linked premises (3)" })).toBeVisible();
  const unstatedItem = panel.getByTestId("premise-item").filter({ hasText: "Peasants had no grain left" });
  await expect(unstatedItem).toContainText("unstated");

  const map = await mapOf(page, workspaceId);
  const unstated = map.claims.find((c) => c.text === "Peasants had no grain left beyond what the quotas took")!;
  expect(unstated).toMatchObject({ type: "unstated", anchor: null });
  expect(map.edges.find((e) => e.id === edge)?.premises).toEqual([quotas, inflated, unstated.id]);
  const card = page.locator(`[data-claim-id="${unstated.id}"]`);
  await expect(card).toHaveClass(/unstated/);
  await expect(card).toContainText("unstated");
  expect(await card.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("dashed");
  await page.screenshot({ path: "test-results/unstated-premise-map.png" });

  // A stale version is refused with a clear message, and nothing is added.
  const stale = await page.request.post(`/api/workspaces/${workspaceId}/edges/${edge}/premises`, { data: { version: 1, unstated: "Another" } });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { error: { message: string } }).error.message).toMatch(/changed this argument/);
  expect((await mapOf(page, workspaceId)).claims).toHaveLength(4);
});

test("a scheme's critical question becomes an objection in one click, worded by the user, and shows as raised", async ({ page }) => {
  const { workspaceId, edge } = await setUp(page);
  await openMap(page, workspaceId);
  await page.locator(`.react-flow__edge[data-id="${edge}"] .react-flow__edge-textwrapper`).click();
  const panel = page.getByTestId("edge-panel");
  await panel.getByLabel("Kind of argument").selectOption("cause-to-effect");
  const questions = panel.getByTestId("critical-question");
  await expect(questions).toHaveCount(3);
  await expect(panel.getByRole("heading", { name: /3 of 3 questions open/ })).toBeVisible();

  const interference = questions.filter({ hasText: "Could other factors" });
  await expect(interference).toContainText("○ open");
  await interference.getByRole("button", { name: "Raise as objection" }).click();
  const field = interference.getByLabel(/Objection/);
  await expect(field).toHaveValue(/Another factor intervened/);
  await field.fill("The drought, not the quotas, emptied the granaries");
  await interference.getByRole("button", { name: "Save objection" }).click();
  await expect(interference).toContainText("✓ raised");
  await expect(panel.getByRole("heading", { name: /2 of 3 questions open/ })).toBeVisible();

  const map = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as {
    claims: { id: string; text: string; type: string }[];
    edges: { id: string; scheme: string | null; raisedQuestions: { question: string; edgeId: string }[] }[];
    undercuts: { id: string; from: string; targetEdgeId: string }[];
  };
  const objection = map.claims.find((c) => c.text === "The drought, not the quotas, emptied the granaries")!;
  expect(objection.type).toBe("objection");
  const undercut = map.undercuts.find((u) => u.from === objection.id)!;
  expect(undercut.targetEdgeId).toBe(edge);
  expect(map.edges.find((e) => e.id === edge)).toMatchObject({ scheme: "cause-to-effect", raisedQuestions: [{ question: "cause-to-effect/interference", edgeId: undercut.id }] });
  await page.screenshot({ path: "test-results/critical-questions-panel.png" });

  // The raised question links to its objection, which says which question it raises.
  await interference.getByRole("button", { name: "Open its objection" }).click();
  await expect(page.getByTestId("raised-question")).toContainText("Could other factors have prevented or produced the effect?");
});

test("tags set in the claim panel filter the map, together with claim types", async ({ page }) => {
  const { workspaceId, quotas, inflated } = await setUp(page);
  await openMap(page, workspaceId);
  await page.locator(`[data-claim-id="${quotas}"]`).click();
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Edit" }).click();
  await panel.getByLabel(/Tags/).fill("Statistics, quotas");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByTestId("claim-tags")).toHaveText(/#statistics.*#quotas/);

  await page.getByRole("button", { name: /^Filters/ }).click();
  await page.getByRole("checkbox", { name: /#statistics/ }).check();
  await expect(page.getByTestId("map-view-count")).toHaveText("Showing 1 of 3 claims");
  await expect(page.locator(`[data-claim-id="${inflated}"]`)).toBeHidden();
  expect(new URL(page.url()).searchParams.getAll("tag")).toEqual(["statistics"]);
  await page.getByRole("checkbox", { name: /#statistics/ }).uncheck();
  await page.getByRole("checkbox", { name: /premise/ }).uncheck();
  await expect(page.getByTestId("map-view-count")).toHaveText("Showing 0 of 3 claims");
  await page.screenshot({ path: "test-results/type-and-tag-filters.png" });
});

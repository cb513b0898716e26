import { expect, test, type Page } from "@playwright/test";
import { apiUser } from "./support";

/**
 * Editing the map in the browser, on a workspace of the test's own (so it needs no corpus): a free
 * claim, connecting by dragging a handle, evidence, edits with a version conflict, deletes that say
 * what goes with them, and a dragged position that survives a reload.
 */

interface ApiMap {
  claims: { id: string; text: string; type: string; position: { x: number; y: number } | null }[];
  edges: { id: string; from: string; to: string; kind: string; note: string; version: number; evidence: { id: string; note: string; quote: { exact: string } | null }[] }[];
}

const TEXT = [
  "The cooperatives grew faster than the plan foresaw.",
  "",
  "Because the cadres reported inflated harvests, the state requisitioned grain that did not exist.",
  "",
  "Famine followed in the provinces where the reports were most inflated.",
].join("\n");

async function setUp(page: Page) {
  await apiUser(page.request, "mapedit");
  const workspace = (await (await page.request.post("/api/workspaces", { data: { name: "Map editing" } })).json()) as { id: string };
  const source = (await (
    await page.request.post(`/api/workspaces/${workspace.id}/sources`, { data: { author: "Ada Historian", title: "Grain", year: 1999, text: TEXT } })
  ).json()) as { id: string };
  const claim = async (text: string, position: { x: number; y: number }) =>
    ((await (await page.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text, type: "premise", position } })).json()) as { id: string }).id;
  const reports = await claim("Cadres inflated the harvest reports", { x: 0, y: 320 });
  const famine = await claim("The requisitions caused the famine", { x: 420, y: 0 });
  return { workspaceId: workspace.id, sourceId: source.id, reports, famine };
}

async function mapOf(page: Page, workspaceId: string): Promise<ApiMap> {
  return (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as ApiMap;
}

async function openMap(page: Page, workspaceId: string) {
  await page.goto(`/w/${workspaceId}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
}

/** Press the mouse on one point and release it on another in small steps, as React Flow needs. */
async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

async function centre(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("a free claim from “+ New claim” is saved and stays after a reload", async ({ page }) => {
  const { workspaceId } = await setUp(page);
  await openMap(page, workspaceId);
  await page.getByRole("button", { name: "+ New claim" }).click();
  const dialog = page.getByRole("dialog", { name: "New claim" });
  await dialog.getByLabel("Claim").fill("Central planning cannot see the harvest");
  await dialog.getByLabel("Type").selectOption("thesis");
  await dialog.getByRole("button", { name: "Add claim" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("claim-panel").getByTestId("panel-claim-text")).toHaveText("Central planning cannot see the harvest");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  const created = (await mapOf(page, workspaceId)).claims.find((c) => c.text === "Central planning cannot see the harvest")!;
  expect(created).toMatchObject({ type: "thesis" });
  expect(created.position).not.toBeNull();
  await expect(page.locator(`[data-claim-id="${created.id}"]`)).toContainText("thesis");
});

test("dragging from one claim's handle to another opens the connect dialog and saves the edge with its evidence", async ({ page }) => {
  const { workspaceId, sourceId, reports, famine } = await setUp(page);
  await openMap(page, workspaceId);
  const from = await centre(page, `[data-claim-id="${reports}"] .react-flow__handle.source`);
  const to = await centre(page, `[data-claim-id="${famine}"] .react-flow__handle.target`);
  await dragBetween(page, from, to);

  const dialog = page.getByRole("dialog", { name: "Connect two claims" });
  await expect(dialog).toContainText("Cadres inflated the harvest reports");
  await dialog.getByLabel(/Supports/).check();
  await dialog.getByLabel("Why").fill("Inflated reports set the requisition quotas");
  await dialog.getByLabel("Quote from").selectOption(sourceId);
  await dialog.getByLabel("Exact words").fill("the state requisitioned grain that did not exist");
  await dialog.getByRole("button", { name: "Connect" }).click();
  await expect(dialog).toBeHidden();

  const panel = page.getByTestId("edge-panel");
  await expect(panel.getByTestId("evidence-item")).toContainText("the state requisitioned grain that did not exist");
  const edge = (await mapOf(page, workspaceId)).edges.find((e) => e.from === reports && e.to === famine)!;
  expect(edge).toMatchObject({ kind: "support", note: "Inflated reports set the requisition quotas" });
  expect(edge.evidence.map((e) => e.quote?.exact)).toEqual(["the state requisitioned grain that did not exist"]);

  // The same edge twice is refused with a clear message, and nothing new is written. The target card
  // has grown a "Collapse reasons" foot since it has a reason now, so its handle moved down.
  await dragBetween(page, await centre(page, `[data-claim-id="${reports}"] .react-flow__handle.source`), await centre(page, `[data-claim-id="${famine}"] .react-flow__handle.target`));
  await dialog.getByLabel(/Supports/).check();
  await dialog.getByRole("button", { name: "Connect" }).click();
  await expect(dialog.locator(".alert[role=alert]")).toContainText(/already/i);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect((await mapOf(page, workspaceId)).edges).toHaveLength(1);
});

test("an edge's evidence is added and removed, its kind edited, and it is deleted after confirming", async ({ page }) => {
  const { workspaceId, sourceId, reports, famine } = await setUp(page);
  const created = (await (await page.request.post(`/api/workspaces/${workspaceId}/edges`, { data: { from: reports, to: famine, kind: "support" } })).json()) as { id: string };
  await openMap(page, workspaceId);
  await page.locator(`.react-flow__edge[data-id="${created.id}"] .react-flow__edge-textwrapper`).click();
  const panel = page.getByTestId("edge-panel");
  await expect(panel).toContainText("No evidence attached yet.");

  const add = panel.getByRole("form", { name: "Add evidence" });
  await add.getByLabel("Quote from").selectOption(sourceId);
  await add.getByLabel("Exact words").fill("Famine followed in the provinces");
  await add.getByLabel("Note").fill("Timing matches");
  await add.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByTestId("evidence-item")).toContainText("Famine followed in the provinces");
  await expect(panel.getByRole("heading", { name: "Evidence (1)" })).toBeVisible();

  // Words that are not in the source are refused, and the form keeps what was typed.
  await add.getByLabel("Quote from").selectOption(sourceId);
  await add.getByLabel("Exact words").fill("words nobody ever wrote");
  await add.getByRole("button", { name: "Add evidence" }).click();
  await expect(add.locator(".alert[role=alert]")).toBeVisible();
  await expect(add.getByLabel("Exact words")).toHaveValue("words nobody ever wrote");

  await panel.getByTestId("evidence-item").getByRole("button", { name: "Remove" }).click();
  await expect(panel.getByRole("heading", { name: "Evidence (0)" })).toBeVisible();
  expect((await mapOf(page, workspaceId)).edges[0]!.evidence).toHaveLength(0);

  await panel.getByLabel(/Opposes/).check();
  await panel.getByLabel("Why").fill("Reports were inflated after, not before");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.locator(".kind-tag")).toHaveText("opposes");
  expect((await mapOf(page, workspaceId)).edges[0]).toMatchObject({ kind: "oppose", note: "Reports were inflated after, not before" });

  await panel.getByRole("button", { name: "Delete…" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this edge?" });
  await expect(confirm).toContainText("Both claims stay.");
  await confirm.getByRole("button", { name: "Delete edge" }).click();
  await expect(page.getByRole("status")).toContainText("Edge deleted.");
  const after = await mapOf(page, workspaceId);
  expect(after.edges).toHaveLength(0);
  expect(after.claims).toHaveLength(2);
});

test("editing a claim shows a conflicting change and keeps the user's text; deleting lists the edges that go with it", async ({ page }) => {
  const { workspaceId, reports, famine } = await setUp(page);
  await page.request.post(`/api/workspaces/${workspaceId}/edges`, { data: { from: reports, to: famine, kind: "support" } });
  await openMap(page, workspaceId);
  await page.locator(`[data-claim-id="${famine}"]`).click();
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Edit" }).click();
  await panel.getByLabel("Claim", { exact: true }).fill("The requisitions, not the weather, caused the famine");

  // Someone else saves first.
  const before = (await mapOf(page, workspaceId)).claims.find((c) => c.id === famine)! as unknown as { version: number };
  const theirs = await page.request.patch(`/api/workspaces/${workspaceId}/claims/${famine}`, { data: { version: before.version, text: "Drought caused the famine" } });
  expect(theirs.ok()).toBe(true);

  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel).toContainText("Changed by someone else meanwhile.");
  await expect(panel).toContainText("Drought caused the famine");
  await expect(panel.getByLabel("Claim", { exact: true })).toHaveValue("The requisitions, not the weather, caused the famine");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByTestId("panel-claim-text")).toHaveText("The requisitions, not the weather, caused the famine");

  await panel.getByRole("button", { name: "Delete…" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this claim?" });
  await expect(confirm).toContainText("These edges go with it:");
  await expect(confirm).toContainText("supports: Cadres inflated the harvest reports");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  expect((await mapOf(page, workspaceId)).claims).toHaveLength(2);

  await panel.getByRole("button", { name: "Delete…" }).click();
  await confirm.getByRole("button", { name: "Delete claim and 1 edge" }).click();
  await expect(page.getByRole("status")).toContainText("Claim and 1 edge deleted.");
  await expect(page.locator(`[data-claim-id="${famine}"]`)).toHaveCount(0);
  const after = await mapOf(page, workspaceId);
  expect(after.claims.map((c) => c.id)).toEqual([reports]);
  expect(after.edges).toHaveLength(0);
});

test("a dragged claim keeps its new position after a reload", async ({ page }) => {
  const { workspaceId, reports } = await setUp(page);
  await openMap(page, workspaceId);
  const start = await centre(page, `[data-claim-id="${reports}"] .text`);
  const saved = page.waitForResponse((r) => r.url().endsWith(`/claims/${reports}`) && r.request().method() === "PATCH");
  await dragBetween(page, start, { x: start.x + 180, y: start.y - 60 });
  expect((await saved).ok()).toBe(true);
  const moved = (await mapOf(page, workspaceId)).claims.find((c) => c.id === reports)!.position!;
  expect(moved.x).toBeGreaterThan(60);
  expect(moved.y).toBeLessThan(300);

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  const after = (await mapOf(page, workspaceId)).claims.find((c) => c.id === reports)!.position!;
  expect(after).toEqual(moved);
});

test("an objection to an edge (undercut) is drawn ending on that edge, opens its panel, and survives a reload", async ({ page }) => {
  const { workspaceId, reports, famine } = await setUp(page);
  const edge = (await (await page.request.post(`/api/workspaces/${workspaceId}/edges`, { data: { from: reports, to: famine, kind: "support" } })).json()) as { id: string };
  const objector = ((await (await page.request.post(`/api/workspaces/${workspaceId}/claims`, { data: { text: "Quotas were fixed before any report", position: { x: 700, y: 300 } } })).json()) as { id: string }).id;
  await openMap(page, workspaceId);
  await page.locator(`.react-flow__edge[data-id="${edge.id}"] .react-flow__edge-textwrapper`).click();
  const panel = page.getByTestId("edge-panel");
  const form = panel.getByRole("form", { name: "Object to this edge" });
  await form.getByLabel("Objecting claim").selectOption(objector);
  await form.getByLabel(/Why it does not follow/).fill("The reports came after the quotas");
  await form.getByRole("button", { name: "Object to this edge" }).click();
  await expect(panel.getByTestId("edge-objection")).toContainText("Quotas were fixed before any report");

  const map = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as { undercuts: { id: string; from: string; targetEdgeId: string; note: string }[] };
  expect(map.undercuts).toEqual([expect.objectContaining({ from: objector, targetEdgeId: edge.id, note: "The reports came after the quotas" })]);
  const undercutId = map.undercuts[0]!.id;

  // Drawn from the objecting claim to the middle of the edge it objects to.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  const drawn = page.locator(`.react-flow__edge.undercut-edge[data-id="${undercutId}"]`);
  await expect(drawn).toHaveCount(1);
  const label = await page.locator(`.react-flow__edge[data-id="${edge.id}"] .react-flow__edge-textwrapper`).boundingBox();
  const junction = await page.locator(".junction-node").boundingBox();
  expect(Math.abs(junction!.x + junction!.width / 2 - (label!.x + label!.width / 2))).toBeLessThan(6);
  expect(Math.abs(junction!.y + junction!.height / 2 - (label!.y + label!.height / 2))).toBeLessThan(6);
  await expect(page.getByTestId("map-legend")).toContainText("undercuts an edge");

  await drawn.focus();
  await page.keyboard.press("Enter");
  const undercutPanel = page.getByTestId("undercut-panel");
  await expect(undercutPanel.getByTestId("undercut-target")).toContainText("Cadres inflated the harvest reports");
  await undercutPanel.getByRole("button", { name: "Delete…" }).click();
  await page.getByRole("dialog", { name: "Delete this objection?" }).getByRole("button", { name: "Delete objection" }).click();
  await expect(page.getByRole("status")).toContainText("Objection deleted.");
  expect(((await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as { undercuts: unknown[]; edges: unknown[] })).toMatchObject({ undercuts: [], edges: [expect.anything()] });
});

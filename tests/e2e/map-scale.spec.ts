import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { apiUser, DEMO_EMAIL, DEMO_PASSWORD, signIn } from "./support";

/**
 * Re-layout (saved in one change, undone by Undo) and exporting the current view as PNG and SVG.
 * Loading a 2,000-claim map is measured by `npm run bench` (tests/bench/map-scale.bench.ts), which
 * is too slow for this suite.
 */

type Positions = Record<string, { x: number; y: number } | null>;
const TITLE = "Layout & export <check>";

async function setUp(page: Page) {
  await apiUser(page.request, "mapscale");
  const workspace = (await (await page.request.post("/api/workspaces", { data: { name: TITLE } })).json()) as { id: string };
  const claim = async (text: string, type: string, position?: { x: number; y: number }) =>
    ((await (await page.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text, type, position } })).json()) as { id: string }).id;
  const thesis = await claim("The mass line was a method of rule", "thesis", { x: 900, y: 40 });
  const a = await claim("Cadres went down to the villages", "premise", { x: 20, y: 600 });
  const b = await claim("Peasants' opinions were collected and returned as policy", "premise");
  const c = await claim("Meetings were staged for visiting officials", "objection");
  for (const [from, to, kind] of [[a, thesis, "support"], [b, thesis, "support"], [c, b, "oppose"]] as const) {
    expect((await page.request.post(`/api/workspaces/${workspace.id}/edges`, { data: { from, to, kind } })).ok()).toBe(true);
  }
  return { workspaceId: workspace.id, ids: [thesis, a, b, c] };
}

async function savedPositions(page: Page, workspaceId: string): Promise<Positions> {
  const map = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as { claims: { id: string; position: Positions[string] }[] };
  return Object.fromEntries(map.claims.map((c) => [c.id, c.position]));
}

test("Re-layout arranges and saves every claim at once, and Undo puts them back", async ({ page }) => {
  const { workspaceId, ids } = await setUp(page);
  const before = await savedPositions(page, workspaceId);
  expect(Object.values(before).filter((p) => p === null)).toHaveLength(2);
  await page.goto(`/w/${workspaceId}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");

  await page.getByLabel("Arrangement for re-layout").selectOption("radial");
  await page.getByRole("button", { name: "Re-layout" }).click();
  await expect(page.getByRole("status")).toContainText("Re-laid out 4 claims (radial)");
  const after = await savedPositions(page, workspaceId);
  for (const id of ids) expect(after[id]).not.toBeNull();
  expect(after[ids[0]!]).not.toEqual(before[ids[0]!]);
  // The thesis is the hub of the radial arrangement: the others sit around it.
  const centreOf = (id: string) => after[id]!;
  expect(new Set(ids.map((id) => `${centreOf(id).x},${centreOf(id).y}`)).size).toBe(4);
  // The cards on screen moved to the saved places.
  const thesisCard = page.locator(`.react-flow__node[data-id="${ids[0]}"]`);
  await expect(thesisCard).toBeVisible();

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Undone: re-laid out the map (radial, 4 claims)");
  expect(await savedPositions(page, workspaceId)).toEqual(before);

  await page.goto(`/w/${workspaceId}/activity`);
  await expect(page.getByText("re-laid out the map (radial, 4 claims)").first()).toBeVisible();
});

test("the current view exports as a PNG and as an SVG with the title and a legend", async ({ page }) => {
  const { workspaceId } = await setUp(page);
  await page.goto(`/w/${workspaceId}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await expect(page.locator(".react-flow__node-claim")).toHaveCount(4);

  const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PNG" }).click()]);
  expect(png.suggestedFilename()).toBe("layout-export-check-map.png");
  const pngBytes = fs.readFileSync((await png.path())!);
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Width and height from the IHDR chunk: twice the map's on-screen size, plus title and legend.
  expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(1000);
  expect(pngBytes.readUInt32BE(20)).toBeGreaterThan(800);

  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
  expect(svg.suggestedFilename()).toBe("layout-export-check-map.svg");
  const text = fs.readFileSync((await svg.path())!, "utf8");
  expect(text.startsWith("<svg")).toBe(true);
  expect(text).toContain("<title>Layout &amp; export &lt;check&gt;</title>");
  expect(text).toContain('aria-label="Legend"');
  expect(text).toContain("supports (solid, arrow, +)");
  expect(text).toContain("opposes (dashed, bar, −)");
  // The view itself is inside: the cards' words, and the arrowheads' definitions with them.
  const view = decodeURIComponent(/href="data:image\/svg\+xml;charset=utf-8,([^"]+)"/.exec(text)![1]!);
  expect(view).toContain("The mass line was a method of rule");
  expect(view).toContain("agon-arrow-support");
  expect(view).not.toContain("react-flow__handle");
});

test("printing the map keeps the cards, the edges and the legend and leaves out the controls", async ({ page }) => {
  const { workspaceId } = await setUp(page);
  await page.goto(`/w/${workspaceId}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await expect(page.locator(".react-flow__node-claim")).toHaveCount(4);
  await page.emulateMedia({ media: "print" });
  for (const control of [".map-toolbar", ".map-view", ".react-flow__minimap", ".react-flow__controls"]) await expect(page.locator(control).first()).toBeHidden();
  await expect(page.locator(".legend")).toBeVisible();
  await expect(page.locator(".react-flow__node-claim").first()).toBeVisible();
  await expect(page.locator(".react-flow__edge").first()).toBeVisible();
  // What Ctrl+P does first: the map frames its shown claims for the narrower page.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(await page.pdf({ landscape: true, printBackground: true })), useSystemFonts: false }).promise;
  const words: string[] = [];
  for (let n = 1; n <= document.numPages; n++) for (const item of (await (await document.getPage(n)).getTextContent()).items) if ("str" in item) words.push(item.str);
  await document.destroy();
  const printed = words.join(" ").replace(/\s+/g, " ");
  expect(printed).toContain("The mass line was a method of rule");
  expect(printed).not.toContain("Re-layout");
  expect(printed).toContain("Meetings were staged for visiting officials");
  expect(printed).not.toContain("Find a claim");
  // Afterwards the screen gets its own view back.
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("button", { name: "Re-layout" })).toBeVisible();
});

test("on a big map a long edge is drawn as stubs at its cards, and whole while it or one of its claims is selected", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
  // A map over 150 claims is a big one: scripts/e2e.sh seeds it (`agon seed-synthetic`) for the demo account.
  const workspaces = (await (await page.request.get("/api/workspaces")).json()) as { id: string; name: string }[];
  const workspaceId = workspaces.find((w) => w.name.startsWith("Synthetic map: 220 claims"))?.id;
  expect(workspaceId, "the 220-claim synthetic workspace seeded by scripts/e2e.sh").toBeDefined();
  await page.goto(`/w/${workspaceId}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-layout", "settled", { timeout: 60_000 });
  await expect(page.getByTestId("legend-long-links")).toContainText("long link, drawn at its ends");
  const [exported] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG" }).click()]);
  expect(fs.readFileSync((await exported.path())!, "utf8")).toContain("long link, drawn at its ends");

  const stubs = page.getByTestId("claim-stub");
  await expect(stubs.first()).toBeAttached();
  // A stub the mouse can reach: a point along it where nothing else (a card) lies on top.
  const target = await page.evaluate(() => {
    for (const stub of document.querySelectorAll("[data-testid=claim-stub]")) {
      const path = stub.querySelector<SVGPathElement>(".claim-stub-hit")!;
      for (const along of [0.5, 0.7, 0.9]) {
        const point = path.getPointAtLength(path.getTotalLength() * along).matrixTransform(path.getScreenCTM()!);
        if (document.elementFromPoint(point.x, point.y)?.closest("[data-testid=claim-stub]") === stub) return { edgeId: stub.getAttribute("data-edge-id")!, x: point.x, y: point.y };
      }
    }
    return null;
  });
  expect(target, "a stub in view that the mouse can click").not.toBeNull();
  const edgeId = target!.edgeId;
  const map = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as { edges: { id: string; from: string; to: string }[] };
  const edge = map.edges.find((e) => e.id === edgeId)!;
  // Drawn at its cards only: React Flow does not draw it across the view, and its stub says what it links.
  await expect(page.locator(`.react-flow__edge[data-id="${edgeId}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-testid="claim-stub"][data-edge-id="${edgeId}"] title`).first()).toContainText(/A long link: .*(supports|opposes)/);
  // Short edges are drawn whole as usual.
  await expect(page.locator(".react-flow__edge-default").first()).toBeAttached();

  // A click on the stub selects the edge: its panel opens and the edge is drawn whole.
  await page.mouse.click(target!.x, target!.y);
  await expect(page.getByTestId("edge-panel")).toBeVisible();
  await expect(page.locator(`.react-flow__edge[data-id="${edgeId}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-testid="claim-stub"][data-edge-id="${edgeId}"]`)).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("edge-panel")).toBeHidden();

  // Opening the map on the edge's conclusion selects that claim: its long links are drawn whole.
  await page.goto(`/w/${workspaceId}/map?claim=${edge.to}`);
  await expect(page.getByTestId("claim-panel")).toBeVisible({ timeout: 60_000 });
  await expect(page.locator(`.react-flow__edge[data-id="${edgeId}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-testid="claim-stub"][data-edge-id="${edgeId}"]`)).toHaveCount(0);
});

import { expect, test, type Page } from "@playwright/test";
import { apiUser } from "./support";

/** Focus on a neighbourhood, filters and search, all kept in the URL so a view can be shared. */

async function setUp(page: Page) {
  await apiUser(page.request, "viewer-map");
  const ws = ((await (await page.request.post("/api/workspaces", { data: { name: "Views" } })).json()) as { id: string }).id;
  const source = ((await (await page.request.post(`/api/workspaces/${ws}/sources`, { data: { author: "Rosa Archivist", title: "Files", year: 2001, text: "The granaries were empty by March. Officials still reported a surplus." } })).json()) as { id: string }).id;
  const claim = async (text: string, x: number, y: number, exact?: string) =>
    ((await (await page.request.post(`/api/workspaces/${ws}/claims`, { data: { text, position: { x, y }, ...(exact ? { anchor: { sourceId: source, exact } } : {}) } })).json()) as { id: string }).id;
  const a = await claim("The granaries were empty", 0, 600, "The granaries were empty by March");
  const b = await claim("Reports were false", 0, 400, "Officials still reported a surplus");
  const c = await claim("Planners trusted the reports", 0, 200);
  const d = await claim("The famine was man-made", 0, 0);
  const e = await claim("Weather alone explains the shortfall", 400, 400);
  const edge = async (from: string, to: string, kind: string) => expect((await page.request.post(`/api/workspaces/${ws}/edges`, { data: { from, to, kind } })).ok()).toBe(true);
  await edge(a, b, "support");
  await edge(b, c, "support");
  await edge(c, d, "support");
  await edge(e, d, "oppose");
  return { ws, source, a, b, c, d, e };
}

const shownIds = async (page: Page) => (await page.getByTestId("claim-node").evaluateAll((els) => els.map((el) => el.getAttribute("data-claim-id")))).sort();

test("focus shows a claim's neighbourhood with a trail, filters hide sources and edge kinds, and the URL restores the view", async ({ page }) => {
  const { ws, source, a, b, c, d, e } = await setUp(page);
  await page.goto(`/w/${ws}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  expect(await shownIds(page)).toHaveLength(5);

  await page.locator(`[data-claim-id="${c}"]`).click();
  await page.getByTestId("map-view").getByRole("button", { name: "Focus" }).click();
  await expect(page).toHaveURL(new RegExp(`focus=${c}`));
  await expect.poll(() => shownIds(page)).toEqual([b, c, d].sort());
  await expect(page.getByTestId("map-view-count")).toHaveText("Showing 3 of 5 claims");

  await page.getByLabel("Steps around the focused claim").selectOption("2");
  await expect.poll(() => shownIds(page)).toEqual([a, b, c, d, e].sort());
  await expect(page).toHaveURL(/depth=2/);

  // Refocus on a neighbour; the trail leads back.
  await page.getByLabel("Steps around the focused claim").selectOption("1");
  // By keyboard: with the panel open the narrower canvas's toolbar can cover the top card.
  await page.locator(`.react-flow__node[data-id="${d}"]`).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Focus here" }).click();
  await expect.poll(() => shownIds(page)).toEqual([c, d, e].sort());
  const trail = page.getByRole("navigation", { name: "Focus trail" });
  await expect(trail).toContainText("The famine was man-made");
  await trail.getByRole("button", { name: "Planners trusted the reports" }).click();
  await expect.poll(() => shownIds(page)).toEqual([b, c, d].sort());
  await expect(page).toHaveURL(new RegExp(`focus=${c}`));

  // Filters: only the archive's claims, no support edges; the URL carries it all.
  await page.getByRole("button", { name: "Show all" }).click();
  await page.getByRole("button", { name: /^Filters/ }).click();
  await page.getByTestId("map-view").getByLabel("members' own claims").uncheck();
  await expect.poll(() => shownIds(page)).toEqual([a, b].sort());
  await page.getByTestId("map-view").getByLabel("supports").uncheck();
  await expect(page).toHaveURL(new RegExp(`sources=${source}`));
  await expect(page).toHaveURL(/kinds=oppose%2Cundercut/);
  await expect(page.locator(".react-flow__edge")).toHaveCount(0);

  const shared = page.url();
  await page.goto("about:blank");
  await page.goto(shared);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await expect.poll(() => shownIds(page)).toEqual([a, b].sort());
  await expect(page.getByTestId("map-view").getByLabel("supports")).not.toBeChecked();
});

test("the search box narrows the map to matching claims and Enter opens the first", async ({ page }) => {
  const { ws, d, e } = await setUp(page);
  await page.goto(`/w/${ws}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await page.getByLabel("Find a claim").fill("famine");
  await expect.poll(() => shownIds(page)).toEqual([d]);
  await expect(page).toHaveURL(/q=famine/);
  // The yellow outline on matches is explained in the legend while a search is on.
  await expect(page.getByTestId("legend-search")).toHaveText("matches the search (yellow outline)");
  await page.getByLabel("Find a claim").press("Enter");
  await expect(page.getByTestId("claim-panel").getByTestId("panel-claim-text")).toHaveText("The famine was man-made");
  await page.getByLabel("Find a claim").fill("weather");
  await expect.poll(() => shownIds(page)).toEqual([e]);
  await page.getByRole("button", { name: "Show all" }).click();
  await expect.poll(() => shownIds(page)).toHaveLength(5);
  await expect(page.getByTestId("legend-search")).toHaveCount(0);
});

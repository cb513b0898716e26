import { expect, test, type Page } from "@playwright/test";
import { apiUser } from "./support";

/** Path to thesis: choose a thesis, select a claim, and the chains of edges between them stand out. */

const classOf = (page: Page, selector: string) => page.locator(selector).getAttribute("class");

test("path to thesis highlights the chains from the selected claim to the chosen thesis and dims the rest, from the URL too", async ({ page }) => {
  await apiUser(page.request, "path-finder");
  const ws = ((await (await page.request.post("/api/workspaces", { data: { name: "Paths" } })).json()) as { id: string }).id;
  const claim = async (text: string, x: number, y: number, type = "premise") =>
    ((await (await page.request.post(`/api/workspaces/${ws}/claims`, { data: { text, type, position: { x, y } } })).json()) as { id: string }).id;
  const thesis = await claim("Collectivisation caused the famine", 300, 0, "thesis");
  const middle = await claim("Quotas were raised each year", 150, 220);
  const start = await claim("Local cadres competed for praise", 150, 440);
  const aside = await claim("Rainfall was normal in 1959", 500, 220);
  const other = await claim("Grain was exported", 500, 440);
  const edge = async (from: string, to: string, kind: string) =>
    ((await (await page.request.post(`/api/workspaces/${ws}/edges`, { data: { from, to, kind } })).json()) as { id: string }).id;
  const e1 = await edge(start, middle, "support");
  const e2 = await edge(middle, thesis, "support");
  const e3 = await edge(start, thesis, "support");
  const e4 = await edge(other, aside, "oppose");
  const e5 = await edge(aside, thesis, "support");

  await page.goto(`/w/${ws}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await page.getByLabel("Path to thesis").selectOption(thesis);
  await expect(page).toHaveURL(new RegExp(`thesis=${thesis}`));
  await expect(page.getByTestId("thesis-path-status")).toHaveText("Select a claim to see how it bears on the thesis.");

  await page.locator(`[data-claim-id="${start}"]`).click();
  await expect(page.getByTestId("thesis-path-status")).toHaveText("1 step at the shortest; 3 edges on the way, highlighted.");
  await expect(page.getByTestId("legend-path")).toBeVisible();
  for (const id of [e1, e2, e3]) await expect.poll(() => classOf(page, `.react-flow__edge[data-id="${id}"]`)).toContain("on-path");
  for (const id of [e4, e5]) await expect.poll(() => classOf(page, `.react-flow__edge[data-id="${id}"]`)).toContain("off-path");
  for (const id of [start, middle, thesis]) await expect.poll(() => classOf(page, `.react-flow__node[data-id="${id}"]`)).toContain("on-path");
  for (const id of [aside, other]) await expect.poll(() => classOf(page, `.react-flow__node[data-id="${id}"]`)).toContain("off-path");

  // A claim that only objects to a reason for something else still reaches the thesis through it.
  await page.locator(`[data-claim-id="${other}"]`).click({ force: true });
  await expect(page.getByTestId("thesis-path-status")).toHaveText("2 steps at the shortest; 2 edges on the way, highlighted.");

  // The view is in the URL: a link brings the thesis back.
  await page.goto(`/w/${ws}/map?thesis=${thesis}&claim=${middle}`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await expect(page.getByLabel("Path to thesis")).toHaveValue(thesis);
  await expect(page.getByTestId("thesis-path-status")).toHaveText("1 step at the shortest; 1 edge on the way, highlighted.");

  // The thesis does not lead back down to its reasons.
  await page.locator(`[data-claim-id="${thesis}"]`).click();
  await expect(page.getByTestId("thesis-path-status")).toHaveText("This is the thesis itself.");
  await page.getByLabel("Path to thesis").selectOption("");
  await expect(page.getByTestId("thesis-path-status")).toHaveCount(0);
  await expect(page).not.toHaveURL(/thesis=/);
});

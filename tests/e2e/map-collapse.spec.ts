import { expect, test, type Page } from "@playwright/test";
import { apiUser, fitViewAndSettle } from "./support";

/**
 * Collapsing a claim's reasons on the map: the card says how many it hides, the state is in the URL
 * (so a link or a reload keeps it), a reason that another visible claim still needs stays, and the
 * toggle works from the keyboard.
 */

async function setUp(page: Page) {
  await apiUser(page.request, "fold");
  const ws = ((await (await page.request.post("/api/workspaces", { data: { name: "Folding" } })).json()) as { id: string }).id;
  const claim = async (text: string, x: number, y: number, type = "premise") =>
    ((await (await page.request.post(`/api/workspaces/${ws}/claims`, { data: { text, type, position: { x, y } } })).json()) as { id: string }).id;
  const thesis = await claim("Collectivisation caused the famine", 300, 0, "thesis");
  const other = await claim("Local cadres had no room to refuse orders", 900, 0, "thesis");
  const quotas = await claim("Grain quotas rose while harvests fell", 0, 300);
  const mess = await claim("Communal mess halls wasted stored grain", 320, 300);
  const fear = await claim("Cadres feared being labelled rightists", 700, 300);
  const weather = await claim("Drought hit the same provinces in 1960", 320, 600, "objection");
  const records = await claim("Provincial records show procurement at 40% of output", 0, 600, "evidence");
  const edge = async (from: string, to: string, kind: string) => expect((await page.request.post(`/api/workspaces/${ws}/edges`, { data: { from, to, kind } })).ok()).toBe(true);
  await edge(quotas, thesis, "support");
  await edge(mess, thesis, "support");
  await edge(records, quotas, "support");
  await edge(weather, mess, "oppose");
  // fear bears on both theses, so folding the first one must not hide it.
  await edge(fear, thesis, "support");
  await edge(fear, other, "support");
  return { ws, thesis, other, quotas, mess, fear, weather, records };
}

const shownIds = async (page: Page) => (await page.getByTestId("claim-node").evaluateAll((els) => els.map((el) => el.getAttribute("data-claim-id")))).sort();
const foldToggle = (page: Page, claimId: string) => page.locator(`[data-claim-id="${claimId}"]`).getByTestId("fold-toggle");

test("collapsing a claim hides its reasons, shows how many, keeps the state in the URL, and expands again", async ({ page }) => {
  const ids = await setUp(page);
  const { ws, thesis, other, quotas, mess, fear, weather, records } = ids;
  await page.goto(`/w/${ws}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  expect(await shownIds(page)).toHaveLength(7);
  await expect(page.locator(".react-flow__edge")).toHaveCount(6);

  // Claims without reasons have no toggle; claims with reasons offer to collapse them.
  await expect(foldToggle(page, weather)).toHaveCount(0);
  await expect(foldToggle(page, thesis)).toHaveText(/Collapse reasons/);
  await expect(foldToggle(page, thesis)).toHaveAttribute("aria-expanded", "true");

  await foldToggle(page, thesis).click();
  // The thesis's supporters, their evidence and the objection fold in; fear still supports the other thesis.
  await expect.poll(() => shownIds(page)).toEqual([thesis, other, fear].sort());
  await expect(foldToggle(page, thesis)).toHaveText(/4 hidden/);
  await expect(foldToggle(page, thesis)).toHaveAttribute("aria-expanded", "false");
  await expect(page).toHaveURL(new RegExp(`collapsed=${thesis}`));
  // Clicking the toggle does not select the card (no panel opens).
  await expect(page.getByTestId("claim-panel")).toHaveCount(0);
  // Only the edges between visible claims remain.
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);

  // A shared link (or a reload) restores the collapsed view.
  const shared = page.url();
  await page.goto("about:blank");
  await page.goto(shared);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await expect.poll(() => shownIds(page)).toEqual([thesis, other, fear].sort());
  await expect(foldToggle(page, thesis)).toHaveText(/4 hidden/);

  // A nested fold: expanding the thesis while "quotas" stays collapsed shows quotas but not its evidence.
  await foldToggle(page, thesis).click();
  await expect.poll(() => shownIds(page)).toHaveLength(7);
  // The view was framed on three cards; the expanded ones may lie outside it.
  await fitViewAndSettle(page);
  await foldToggle(page, quotas).click();
  await expect.poll(() => shownIds(page)).not.toContain(records);
  await expect(foldToggle(page, quotas)).toHaveText(/1 hidden/);
  await expect(page).toHaveURL(new RegExp(`collapsed=${quotas}`));
  await foldToggle(page, quotas).click();
  await expect.poll(() => shownIds(page)).toHaveLength(7);
  await expect(page).not.toHaveURL(/collapsed=/);
  expect(await shownIds(page)).toContain(mess);
});

test("the collapse toggle works from the keyboard", async ({ page }) => {
  const { ws, thesis, mess, weather } = await setUp(page);
  await page.goto(`/w/${ws}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  await foldToggle(page, mess).focus();
  await expect(foldToggle(page, mess)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => shownIds(page)).not.toContain(weather);
  await expect(foldToggle(page, mess)).toHaveText(/1 hidden/);
  await expect(foldToggle(page, mess)).toBeFocused();
  await page.keyboard.press("Space");
  await expect.poll(() => shownIds(page)).toContain(weather);
  // The keys went to the toggle, not to the map: no claim was selected or moved.
  await expect(page.getByTestId("claim-panel")).toHaveCount(0);
  expect(await shownIds(page)).toContain(thesis);
});

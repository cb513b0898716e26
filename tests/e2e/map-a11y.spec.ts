import path from "node:path";
import { expect, test } from "@playwright/test";
import { apiUser } from "./support";

/** The map by keyboard, and an axe-core scan of the map with a panel open. */

test("arrow keys move between connected claims, Enter opens, Escape closes; axe finds no serious violations", async ({ page }) => {
  await apiUser(page.request, "keys");
  const ws = ((await (await page.request.post("/api/workspaces", { data: { name: "Keyboard" } })).json()) as { id: string }).id;
  const claim = async (text: string, x: number, y: number) =>
    ((await (await page.request.post(`/api/workspaces/${ws}/claims`, { data: { text, position: { x, y } } })).json()) as { id: string }).id;
  const thesis = await claim("The commune system failed", 300, 0);
  const left = await claim("Incentives collapsed", 0, 260);
  const right = await claim("Procurement quotas were too high", 600, 260);
  await page.request.post(`/api/workspaces/${ws}/edges`, { data: { from: left, to: thesis, kind: "support" } });
  await page.request.post(`/api/workspaces/${ws}/edges`, { data: { from: right, to: thesis, kind: "support" } });

  await page.goto(`/w/${ws}/map`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  const panelText = page.getByTestId("claim-panel").getByTestId("panel-claim-text");

  await page.locator(`.react-flow__node[data-id="${left}"]`).focus();
  await page.keyboard.press("Enter");
  await expect(panelText).toHaveText("Incentives collapsed");
  await page.locator(`.react-flow__node[data-id="${left}"]`).focus();
  await page.keyboard.press("ArrowUp");
  await expect(panelText).toHaveText("The commune system failed");
  await expect(page.locator(`.react-flow__node[data-id="${thesis}"]`)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(panelText).toHaveText("Incentives collapsed");
  await page.keyboard.press("ArrowRight");
  await expect(panelText).toHaveText("Procurement quotas were too high");
  const before = await page.locator(`.react-flow__node[data-id="${right}"]`).getAttribute("style");
  await page.keyboard.press("ArrowRight"); // nothing further right: the card must not be nudged
  expect(await page.locator(`.react-flow__node[data-id="${right}"]`).getAttribute("style")).toBe(before);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("claim-panel")).toHaveCount(0);

  await expect(page.locator(`.react-flow__node[data-id="${thesis}"]`)).toHaveAttribute("aria-label", /thesis|premise/);
  // Open a panel for the scan from the keyboard: after the moves above the thesis card can sit under
  // the toolbar, where a pointer would hit the toolbar instead.
  await page.locator(`.react-flow__node[data-id="${thesis}"]`).focus();
  await page.keyboard.press("Enter");
  await expect(panelText).toHaveText("The commune system failed");
  await page.addScriptTag({ path: path.resolve(process.cwd(), "node_modules/axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  });
  expect(violations).toEqual([]);
});

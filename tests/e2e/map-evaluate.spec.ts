import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { addMember, apiUser, DEMO_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE, signIn } from "./support";

/** The Evaluate overlay: statuses and their reasons on the demo map, strengths that follow edits and perspectives. */

const CORPUS = path.resolve(__dirname, "../../../shared/corpus/manifest.json");
const SCREENSHOTS = path.resolve(__dirname, "../../test-results/screenshots");

interface ApiMap {
  claims: { id: string; text: string }[];
  edges: { id: string; from: string; to: string; premises: string[]; kind: string }[];
}

const node = (page: Page, claimId: string): Locator => page.locator(`[data-testid="claim-node"][data-claim-id="${claimId}"]`);
const strengthOf = async (page: Page, claimId: string) => Number(await node(page, claimId).getByTestId("verdict-strength").getAttribute("data-strength"));

async function mapReady(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
}

test("on the demo map, grounded shows every claim's status and an out claim's panel names its standing defeater; DF-QuAD shows strengths", async ({ page }) => {
  test.skip(!fs.existsSync(CORPUS), `the corpus is absent (${CORPUS}), so the demo workspace is empty`);
  await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
  await page.getByTestId("workspace-card").filter({ hasText: DEMO_WORKSPACE }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/map/);
  await mapReady(page);
  const workspaceId = page.url().match(/\/w\/([^/]+)\//)![1]!;
  const map = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as ApiMap;

  await page.getByLabel("Evaluate").selectOption("grounded");
  await expect(page).toHaveURL(/eval=grounded/);
  await expect(page.getByTestId("verdict-status")).toHaveCount(map.claims.length);
  await expect(page.getByTestId("map-legend")).toContainText("Grounded");
  await expect(page.getByTestId("evaluate-summary")).toHaveText(/\d+ in · [1-9]\d* out · \d+ undecided/);

  // An out claim: its panel names a defeater, which is a claim opposing it and itself in.
  const outClaimId = await page.locator('[data-testid="verdict-status"][data-status="out"]').first().evaluate((el) => el.closest("[data-claim-id]")!.getAttribute("data-claim-id")!);
  // Opened through the URL, which also centres the card: the demo map is larger than the screen.
  await page.goto(`/w/${workspaceId}/map?eval=grounded&claim=${outClaimId}`);
  await mapReady(page);
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("evaluation-section")).toContainText("out");
  const defeaters = panel.getByTestId("defeated-by").getByRole("button");
  await expect(defeaters.first()).toBeVisible();
  const defeaterText = (await defeaters.first().locator("span").nth(1).textContent())!;
  const defeater = map.claims.find((c) => c.text === defeaterText)!;
  expect(map.edges.some((e) => e.kind === "oppose" && e.to === outClaimId && (e.premises.length ? e.premises : [e.from]).includes(defeater.id))).toBe(true);
  await expect(node(page, defeater.id).getByTestId("verdict-status")).toHaveAttribute("data-status", "in");
  await expect(panel.getByTestId("evaluation-explanation")).toContainText("out: defeated by");
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, "map-evaluate-grounded.png") });

  // Clicking the defeater opens its panel, with its own reason.
  await defeaters.first().click();
  await expect(panel.getByTestId("panel-claim-text")).toHaveText(defeaterText);
  await expect(panel.getByTestId("evaluation-explanation")).toContainText(/^in: /);

  await page.getByLabel("Evaluate").selectOption("dfquad");
  await expect(page).toHaveURL(/eval=dfquad/);
  await expect(page.getByTestId("verdict-strength")).toHaveCount(map.claims.length + 1); // the cards and the panel
  await expect(page.getByTestId("verdict-status")).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, "map-evaluate-dfquad.png") });

  // The URL restores the overlay.
  await page.reload();
  await mapReady(page);
  await expect(page.getByLabel("Evaluate")).toHaveValue("dfquad");
  await expect(page.getByTestId("verdict-strength")).toHaveCount(map.claims.length);
});

test("a thesis's strength follows a new objection without a reload, and the perspective switch uses members' stances", async ({ page, browser }) => {
  await apiUser(page.request, "evaluator");
  const ws = ((await (await page.request.post("/api/workspaces", { data: { name: "Evaluation" } })).json()) as { id: string }).id;
  const claim = async (text: string, x: number, y: number, type = "premise") =>
    ((await (await page.request.post(`/api/workspaces/${ws}/claims`, { data: { text, type, position: { x, y } } })).json()) as { id: string }).id;
  const thesis = await claim("The commune system raised grain output", 200, 0, "thesis");
  const support = await claim("Irrigation works doubled", 0, 260);
  const objection = await claim("Output figures were inflated", 420, 260);
  const edge = (from: string, to: string, kind: string) => page.request.post(`/api/workspaces/${ws}/edges`, { data: { from, to, kind } });
  await edge(support, thesis, "support");
  await edge(objection, thesis, "oppose");

  await page.goto(`/w/${ws}/map?eval=dfquad`);
  await mapReady(page);
  // DF-QuAD, all bases 0.5: support 0.5 and attack 0.5 cancel, so the thesis keeps 0.5.
  await expect.poll(() => strengthOf(page, thesis)).toBeCloseTo(0.5, 6);

  // Another objection arrives (a write from outside this tab, so over the live stream).
  const late = await claim("Procurement took the surplus", 640, 260);
  const added = Date.now();
  await edge(late, thesis, "oppose");
  // attackers 1 - 0.5 * 0.5 = 0.75 against support 0.5: 0.5 - 0.5 * 0.25 = 0.375
  await expect.poll(() => strengthOf(page, thesis), { timeout: 5_000, intervals: [50] }).toBeCloseTo(0.375, 6);
  const elapsed = Date.now() - added;
  console.log(`thesis strength updated ${elapsed} ms after the edge was added`);
  expect(elapsed).toBeLessThan(2_000);

  // Your own stance: agree with the objection (base 0.9) weakens the thesis further.
  await node(page, objection).click();
  const panel = page.getByTestId("claim-panel");
  await panel.getByTestId("stance-control").getByRole("button", { name: "Agree", exact: true }).click();
  await expect(panel.getByTestId("stance-control").getByRole("button", { name: "Agree", exact: true })).toHaveAttribute("aria-pressed", "true");
  const perspective = page.getByLabel("as seen by");
  await perspective.selectOption({ label: "you" });
  await expect(page).toHaveURL(/perspective=member/);
  // attackers 1 - 0.1 * 0.5 = 0.95 against 0.5: 0.5 - 0.5 * 0.45 = 0.275
  await expect.poll(() => strengthOf(page, thesis)).toBeCloseTo(0.275, 6);
  await expect(page.getByTestId("evaluate-base-note")).toContainText("your stances");

  // Another member disagrees with the thesis: their perspective lowers its base to 0.1.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  const account = await apiUser(other.request, "sceptic");
  addMember(ws, account.id, "commenter");
  expect((await other.request.put(`/api/workspaces/${ws}/claims/${thesis}/stance`, { data: { value: "disagree" } })).ok()).toBe(true);
  await page.reload();
  await mapReady(page);
  await page.getByLabel("as seen by").selectOption({ label: account.email });
  // thesis base 0.1, bases of the rest 0.5: 0.1 - 0.1 * 0.25 = 0.075
  await expect.poll(() => strengthOf(page, thesis)).toBeCloseTo(0.075, 6);

  // The group: thesis 0 of 1 agree (base 0), objection 1 of 1 agree (base 1).
  await page.getByLabel("as seen by").selectOption("group");
  await expect.poll(() => strengthOf(page, thesis)).toBeCloseTo(0, 6);
  await expect(page.getByTestId("evaluate-base-note")).toContainText("share of members who agree");
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await node(page, thesis).click();
  await expect(panel.getByTestId("evaluation-explanation")).toContainText("from a base score of 0.00");
  await page.screenshot({ path: path.join(SCREENSHOTS, "map-evaluate-perspective.png") });
  await otherContext.close();
});

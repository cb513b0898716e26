/**
 * Screenshots of the main pages in headless Chromium, for the README and for looking at the UI.
 * Usage: BASE_URL=http://localhost:3000 npx tsx scripts/screenshots.ts [outDir]
 * Signs in as the demo account (DEMO_EMAIL / DEMO_PASSWORD). ONLY=brief takes just the README's brief
 * (against "Mao-era China was not Soviet-style orthodox"), preparing it first when the demo has none.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";

const BASE_URL = process.env.BASE_URL ?? "http://localhost:3000";
const EMAIL = process.env.DEMO_EMAIL ?? "demo@agon.local";
const PASSWORD = process.env.DEMO_PASSWORD ?? "reading-group-1968";
const OUT = path.resolve(process.argv[2] ?? "docs/screenshots");
const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function signIn(page: Page) {
  await page.goto(`${BASE_URL}/signin`);
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/workspaces$/);
}

/** The demo's brief against Meaney's thesis, as the README shows it. */
async function briefScreenshot(page: Page, workspaceUrl: string) {
  const api = workspaceUrl.replace("/w/", "/api/workspaces/");
  const map = (await (await page.request.get(`${api}/map`)).json()) as { claims: { id: string; text: string }[] };
  const thesis = map.claims.find((c) => c.text.startsWith("Mao-era China was not Soviet-style orthodox"));
  if (!thesis) throw new Error("The demo map has no claim “Mao-era China was not Soviet-style orthodox”: is the corpus seeded?");
  const briefs = (await (await page.request.get(`${api}/briefs`)).json()) as { id: string; side: string; thesis: { id: string }; debate: unknown }[];
  let briefId = briefs.find((b) => b.thesis.id === thesis.id && b.side === "against" && !b.debate)?.id;
  if (!briefId) {
    const created = await page.request.post(`${api}/briefs`, { data: { thesisId: thesis.id, side: "against", timeLimitMinutes: 5 } });
    briefId = ((await created.json()) as { id: string }).id;
  }
  await page.setViewportSize({ width: 1200, height: 1500 });
  await page.goto(`${workspaceUrl}/briefs/${briefId}`);
  await page.getByTestId("brief-document").waitFor();
  await page.screenshot({ path: path.join(OUT, "brief.png") });
  await page.setViewportSize(SIZES.desktop);
}

/** The map with the outline open from Engst's thesis, as the README shows it. */
async function outlineScreenshot(page: Page, workspaceUrl: string) {
  const api = workspaceUrl.replace("/w/", "/api/workspaces/");
  const map = (await (await page.request.get(`${api}/map`)).json()) as { claims: { id: string; text: string }[] };
  const thesis = map.claims.find((c) => c.text.startsWith("The independent mass organizations"));
  if (!thesis) return;
  await page.goto(`${workspaceUrl}/map?outline=${thesis.id}`);
  await page.waitForFunction(() => document.documentElement.dataset.mapLayout === "settled", undefined, { timeout: 60_000 });
  await page.getByTestId("outline-pane").waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, "outline.png") });
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "agon-shots-")), {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: SIZES.desktop,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${BASE_URL}/signin`);
  await page.screenshot({ path: path.join(OUT, "signin.png") });
  await signIn(page);
  await page.screenshot({ path: path.join(OUT, "workspaces.png") });
  await page.getByTestId("workspace-card").first().click();
  await page.waitForURL(/\/map/);
  if (process.env.ONLY === "brief") {
    await briefScreenshot(page, page.url().replace(/\/map.*$/, ""));
    await context.close();
    console.log(`brief screenshot in ${OUT}`);
    return;
  }
  const started = Date.now();
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === "true");
  console.log(`map ready ${Date.now() - started} ms after navigation`);
  // The picture is of the settled map: the worker's layout replaces a quick first one on big maps.
  await page.waitForFunction(() => document.documentElement.dataset.mapLayout === "settled", undefined, { timeout: 60_000 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, "demo-map.png") });
  const meaney = page.getByTestId("claim-node").filter({ hasText: "not Soviet-style orthodox" }).first();
  if (await meaney.count()) {
    await meaney.click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(OUT, "map-panel.png") });
  }
  const workspaceUrl = page.url().replace(/\/map.*$/, "");
  await page.goto(`${workspaceUrl}/members`);
  await page.getByRole("button", { name: "Create invitation" }).click();
  await page.getByTestId("invite-link").waitFor();
  await page.screenshot({ path: path.join(OUT, "members.png") });
  await page.goto(`${workspaceUrl}/sources`);
  await page.screenshot({ path: path.join(OUT, "sources.png") });
  await briefScreenshot(page, workspaceUrl);
  await outlineScreenshot(page, workspaceUrl);
  await page.goto(`${workspaceUrl}/disagreements`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, "disagreements.png") });
  await page.goto(`${workspaceUrl}/sources`);
  const first = page.getByTestId("source-row").first();
  if (await first.count()) {
    await first.click();
    await page.waitForURL(/\/sources\/[^/]+/);
    await page.locator(".hl").first().scrollIntoViewIfNeeded();
    await page.locator(".hl").first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, "reader.png") });
  }
  await page.setViewportSize(SIZES.phone);
  await page.goto(`${workspaceUrl}/map`);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === "true");
  await page.screenshot({ path: path.join(OUT, "phone-map.png") });
  await page.goto(`${workspaceUrl}/sources`);
  await page.screenshot({ path: path.join(OUT, "phone-sources.png") });
  await context.close();
  console.log(`screenshots in ${OUT}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * The map at scale, in headless Chromium (playwright-core + /usr/bin/chromium) against `next start`
 * on a database of its own: a 50-claim synthetic workspace is the baseline and a 2,000-claim,
 * 5,000-edge one the subject (both from `agon seed-synthetic`, same seed). Measured: the map API's
 * answer, time to an interactive map, frame times while panning and zooming, and the layout worker's
 * time for a top-down and a radial re-layout. Needs a production build (`npx next build`), like the
 * live-update bench: building here would cost minutes and hide a stale build; without one it says so
 * and skips. Every wait has a generous limit (the machine may be shared and slow); a step that still
 * fails says which one.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
// Renamed: code passed to page.evaluate runs in the browser and must see the page's own `performance`,
// which an imported binding of the same name would shadow (tsx rewrites it to a module reference).
import { performance as clock } from "node:perf_hooks";
import { chromium, type Browser, type Page } from "playwright-core";
import { printFigure } from "./report";

const ROOT = path.resolve(__dirname, "../..");
const PORT = Number(process.env.BENCH_PORT ?? 3242);
const BASE = `http://127.0.0.1:${PORT}`;
const EMAIL = "demo@agon.local";
const PASSWORD = "reading-group-1968";
const SMALL = { claims: 50, edges: 125 };
const LARGE = { claims: 2000, edges: 5000 };

type Measures = { apiMs: number; apiBytes: number; fullApiMs: number; fullApiBytes: number; interactiveMs: number; layoutMs: number; panP95Ms: number; zoomP95Ms: number; slowFrames: number; relayoutMs: number; radialMs: number };
/** On a loaded machine a 2,000-claim page can take a while; these only bound a hang. */
const STEP_TIMEOUT_MS = 180_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function seed(env: NodeJS.ProcessEnv, size: { claims: number; edges: number }): string {
  const out = execFileSync("npx", ["tsx", "scripts/agon.ts", "seed-synthetic", "--claims", String(size.claims), "--edges", String(size.edges)], { cwd: ROOT, env, encoding: "utf8" });
  return out.trim().split("\n").pop()!;
}

async function signIn(page: Page) {
  await page.goto(`${BASE}/signin`);
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/workspaces$/);
}

/**
 * From navigation to an interactive map: cards on screen, the map marked ready and its layout
 * settled, then two frames painted and a task run, so the main thread is free to answer input.
 */
async function openMap(page: Page, workspaceId: string): Promise<number> {
  const start = clock.now();
  await page.goto(`${BASE}/w/${workspaceId}/map`, { waitUntil: "commit" });
  await page.waitForFunction(
    () => document.documentElement.dataset.mapReady === "true" && document.documentElement.dataset.mapLayout === "settled" && document.querySelector(".react-flow__node-claim") !== null,
    undefined,
    { timeout: STEP_TIMEOUT_MS, polling: 50 },
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
  return clock.now() - start;
}

/** Re-layout through the menu: the worker arranges, one POST saves every position, the map refetches. */
async function relayout(page: Page, algorithm: "layered" | "radial"): Promise<{ clickToDoneMs: number; workerMs: number }> {
  await page.evaluate(() => delete document.documentElement.dataset.layoutMs);
  await page.getByLabel("Arrangement for re-layout").selectOption(algorithm);
  const start = clock.now();
  await page.getByRole("button", { name: "Re-layout" }).click();
  await page.getByRole("status").filter({ hasText: "Re-laid out" }).waitFor({ timeout: STEP_TIMEOUT_MS });
  const clickToDoneMs = clock.now() - start;
  const workerMs = Number(await page.evaluate(() => document.documentElement.dataset.layoutMs));
  // The toast stays a few seconds; the next re-layout must not mistake it for its own.
  await page.getByRole("status").filter({ hasText: "Re-laid out" }).waitFor({ state: "detached", timeout: STEP_TIMEOUT_MS });
  return { clickToDoneMs, workerMs };
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

/** Frame intervals while dragging the empty canvas around, then while zooming with the wheel. */
async function frameTimes(page: Page): Promise<{ panP95: number; zoomP95: number; slow: number }> {
  const spot = await page.evaluate(() => {
    const flow = document.querySelector(".react-flow")!.getBoundingClientRect();
    for (let y = flow.top + 120; y < flow.bottom - 40; y += 23) {
      for (let x = flow.left + 340; x < flow.right - 260; x += 29) {
        if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
      }
    }
    return null;
  });
  if (!spot) throw new Error("no empty spot on the canvas to drag");
  // A string, not a function: tsx would wrap the named callback in a helper the page does not have.
  await page.evaluate(`(() => {
    window.frames$ = [];
    window.stop$ = false;
    let last = performance.now();
    function tick(now) {
      window.frames$.push(now - last);
      last = now;
      if (!window.stop$) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(spot.x + Math.sin(i / 6) * 200, spot.y + Math.cos(i / 6) * 120, { steps: 2 });
  await page.mouse.up();
  const panned = await page.evaluate(() => (window as unknown as { frames$: number[] }).frames$.length);
  for (let i = 0; i < 16; i++) {
    await page.mouse.wheel(0, i < 8 ? -120 : 120);
    await page.waitForTimeout(30);
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames$: number[]; stop$: boolean };
    w.stop$ = true;
    return w.frames$.slice(1);
  });
  return { panP95: p95(frames.slice(0, panned - 1)), zoomP95: p95(frames.slice(panned - 1)), slow: frames.filter((f) => f > 50).length / Math.max(1, frames.length) };
}

async function measure(browser: Browser, workspaceId: string, label: string): Promise<Measures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  let step = "signing in";
  try {
    return await measureSteps(page, workspaceId, (next) => {
      step = next;
      console.log(`  ${label}: ${next}`);
    });
  } catch (error) {
    throw new Error(`map at scale, ${label}: failed while ${step}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await context.close();
  }
}

async function measureSteps(page: Page, workspaceId: string, progress: (step: string) => void): Promise<Measures> {
  await signIn(page);
  progress("timing the map API");
  const timeApi = async (query: string) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 8; i++) {
      const start = clock.now();
      const response = await page.request.get(`${BASE}/api/workspaces/${workspaceId}/map${query}`);
      bytes = (await response.body()).length;
      if (!response.ok()) throw new Error(`map API${query}: ${response.status()}`);
      if (i > 0) times.push(clock.now() - start);
    }
    return { ms: median(times), bytes };
  };
  const full = await timeApi("");
  const compact = await timeApi("?shape=compact");
  // Nothing is placed yet, so every load lays the whole map out for its first view.
  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    progress(`opening the map (${i + 1} of 3)`);
    loads.push(await openMap(page, workspaceId));
  }
  progress("panning and zooming");
  const frames = await frameTimes(page);
  progress("re-laying out top-down");
  const topDown = await relayout(page, "layered");
  progress("re-laying out radially");
  const radial = await relayout(page, "radial");
  return { apiMs: compact.ms, apiBytes: compact.bytes, fullApiMs: full.ms, fullApiBytes: full.bytes, interactiveMs: median(loads), layoutMs: topDown.workerMs, panP95Ms: frames.panP95, zoomP95Ms: frames.zoomP95, slowFrames: frames.slow, relayoutMs: topDown.clickToDoneMs, radialMs: radial.workerMs };
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
    console.log("map at scale: skipped, no production build here (run `npx next build` first).");
    return;
  }
  const dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "agon-mapscale-")), "bench.db");
  const env = { ...process.env, DATABASE_URL: `file:${dbFile}`, NEXTAUTH_URL: BASE, DEMO_EMAIL: EMAIL, DEMO_PASSWORD: PASSWORD };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "pipe" });
  let seconds = clock.now();
  const small = seed(env, SMALL);
  const large = seed(env, LARGE);
  seconds = (clock.now() - seconds) / 1000;
  console.log(`seeded ${SMALL.claims}/${SMALL.edges} and ${LARGE.claims}/${LARGE.edges} claims/edges in ${seconds.toFixed(1)} s (two CLI runs)`);
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], { cwd: ROOT, env, stdio: "ignore", detached: true });
  let browser: Browser | null = null;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${BASE}/signin`)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 240) throw new Error("next start did not come up within two minutes");
      await new Promise((r) => setTimeout(r, 500));
    }
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const base = await measure(browser, small, `${SMALL.claims} claims`);
    const big = await measure(browser, large, `${LARGE.claims} claims`);
    const name = (n: string) => `${n} at ${LARGE.claims} claims/${LARGE.edges} edges`;
    const baseline = (n: string) => `${n} at ${SMALL.claims} claims`;
    printFigure({ name: name("map API as the map page loads it (GET /map?shape=compact, median of 7)"), valueMs: big.apiMs, baselineName: baseline("the same"), baselineMs: base.apiMs, target: "< 300 ms" });
    printFigure({ name: name("map API, full documented shape (GET /map, median of 7)"), valueMs: big.fullApiMs, baselineName: baseline("the same"), baselineMs: base.fullApiMs });
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    console.log(`map API answer at ${LARGE.claims} claims: compact ${mb(big.apiBytes)}, full ${mb(big.fullApiBytes)} (uncompressed)`);
    printFigure({ name: name("time to interactive map (median of 3 loads)"), valueMs: big.interactiveMs, baselineName: baseline("the same"), baselineMs: base.interactiveMs, target: "< 3000 ms" });
    printFigure({ name: name("top-down layout in the worker"), valueMs: big.layoutMs, baselineName: baseline("the same (elk layered)"), baselineMs: base.layoutMs, target: "< 5000 ms" });
    printFigure({ name: name("radial layout in the worker"), valueMs: big.radialMs, baselineName: baseline("the same"), baselineMs: base.radialMs, target: "< 5000 ms" });
    printFigure({ name: name("top-down Re-layout, click → saved and redrawn"), valueMs: big.relayoutMs, baselineName: baseline("the same"), baselineMs: base.relayoutMs });
    printFigure({ name: name("frame interval p95 while panning"), valueMs: big.panP95Ms, baselineName: baseline("the same"), baselineMs: base.panP95Ms, target: "smooth: p95 < 50 ms" });
    printFigure({ name: name("frame interval p95 while zooming with the wheel"), valueMs: big.zoomP95Ms, baselineName: baseline("the same"), baselineMs: base.zoomP95Ms, target: "smooth: p95 < 50 ms" });
    console.log(`frames over 50 ms while panning and zooming: ${(big.slowFrames * 100).toFixed(1)}% at ${LARGE.claims} claims, ${(base.slowFrames * 100).toFixed(1)}% at ${SMALL.claims}`);
  } finally {
    await browser?.close();
    process.kill(-server.pid!, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

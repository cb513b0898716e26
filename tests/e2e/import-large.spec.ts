import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { apiUser } from "./support";

/**
 * The 390 KB monograph through the import form: a progress indicator while it is sent and read,
 * Cancel leaves nothing saved; then the saved text opens in the reader by section with its contents.
 */
const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const MONOGRAPH = "001_683259ac5f475297.txt";

test.describe("importing a long text", () => {
  test.skip(!fs.existsSync(path.join(CORPUS, MONOGRAPH)), `the corpus text ${MONOGRAPH} is absent from ${CORPUS}`);

  test("shows progress, can be cancelled with nothing saved, then imports and reads by section", async ({ page }) => {
    await apiUser(page.request, "long-import");
    const { id } = (await (await page.request.post("/api/workspaces", { data: { name: "Long import" } })).json()) as { id: string };
    // Hold the preview answer back a moment, so the reading stage is on screen long enough to act on.
    await page.route("**/sources/preview", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue().catch(() => undefined);
    });
    await page.goto(`/w/${id}/sources`);
    const file = path.join(CORPUS, MONOGRAPH);

    await page.getByLabel(/Drop a file here or choose one/).setInputFiles(file);
    const status = page.getByTestId("upload-status");
    await expect(status).toBeVisible();
    await expect(status.getByRole("progressbar")).toBeVisible();
    await status.getByRole("button", { name: "Cancel" }).click();
    await expect(status).toHaveCount(0);
    await expect(page.getByRole("dialog", { name: "Check the text before saving" })).toHaveCount(0);
    expect(((await (await page.request.get(`/api/workspaces/${id}/sources`)).json()) as unknown[]).length).toBe(0);

    await page.getByLabel(/Drop a file here or choose one/).setInputFiles(file);
    await expect(status.getByRole("progressbar")).toBeVisible();
    const preview = page.getByRole("dialog", { name: "Check the text before saving" });
    await expect(preview).toBeVisible({ timeout: 30_000 });
    await expect(preview.getByTestId("preview-report")).toContainText(/words re-joined/);
    await preview.getByLabel("Author").fill("Constance Squires Meaney");
    await preview.getByLabel("Title").fill("Stability and the Industrial Elite");
    await preview.getByRole("button", { name: "Save source" }).click();

    await expect(page).toHaveURL(new RegExp(`/w/${id}/sources/[^/?]+\\?imported=1`), { timeout: 30_000 });
    const text = page.getByTestId("reader-text");
    await expect(text).toHaveAttribute("data-ready", "true");
    // Rendered by section: far sections wait as placeholders until they come near or the browser is idle.
    expect(await text.locator("section[data-section]").count()).toBeGreaterThan(10);
    const contents = page.getByRole("navigation", { name: "Contents" }).first();
    expect(await contents.getByRole("link").count()).toBeGreaterThanOrEqual(6);
  });
});

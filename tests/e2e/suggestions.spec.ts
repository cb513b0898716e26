import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { apiUser } from "./support";

/**
 * Claim suggestions on a corpus text, in a workspace of its own (so the demo map other specs
 * count stays as seeded): open the list, see a suggestion in the text, make one a claim and find it
 * on the map, dismiss one and find it still dismissed after a reload, restore it.
 */
const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const ESSAY = "000_0969ed0408f3ade2.txt";

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

async function highlightedText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get("agon-suggestion");
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
    return range ? range.toString() : null;
  });
}

test.describe("claim suggestions", () => {
  test.skip(!fs.existsSync(path.join(CORPUS, ESSAY)), `the corpus text ${ESSAY} is absent from ${CORPUS}`);

  test("suggest, show, make a claim, dismiss, reload, restore", async ({ page }) => {
    await apiUser(page.request, "suggest");
    const ws = (await (await page.request.post("/api/workspaces", { data: { name: "Suggestions" } })).json()) as { id: string };
    const imported = await page.request.post(`/api/workspaces/${ws.id}/sources`, {
      data: { author: "Fred Engst", title: "Independent Mass Organizations", year: 2006, text: fs.readFileSync(path.join(CORPUS, ESSAY), "utf8") },
    });
    expect(imported.status()).toBe(201);
    const source = (await imported.json()) as { id: string };

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/w/${ws.id}/sources/${source.id}`);
    await expect(page.getByTestId("reader-text")).toHaveAttribute("data-ready", "true");
    await page.getByRole("button", { name: "Suggest claims" }).click();
    const items = page.getByTestId("suggestion");
    await expect(items).toHaveCount(10);
    // Each comes with its reasons in words.
    for (const reasons of await page.locator(".suggestion-reasons").allTextContents()) expect(reasons.trim().length).toBeGreaterThan(3);
    await expect(page.getByTestId("suggestions")).toContainText(/I believe|therefore|we must|section|central/);

    // Choosing a suggestion scrolls the reader to that sentence and highlights exactly it.
    const third = items.nth(2);
    const thirdSentence = flat((await third.locator("mark").textContent())!);
    await third.locator(".suggestion-text").click();
    await expect.poll(() => highlightedText(page).then((t) => (t ? flat(t) : null))).toBe(thirdSentence);
    await expect(page.locator("[data-suggestion-shown]")).toBeInViewport();
    await page.screenshot({ path: "test-results/suggestions-desktop.png" });

    // Make claim: an anchored claim on exactly the sentence, listed in the reader and on the map.
    const first = items.first();
    const claimed = flat((await first.locator("mark").textContent())!);
    await first.getByRole("button", { name: "Make claim" }).click();
    const status = page.getByTestId("suggestions").getByRole("status");
    await expect(status).toContainText("Made a claim");
    await expect(page.getByTestId("suggestion").locator("mark", { hasText: claimed.slice(0, 60) })).toHaveCount(0);
    await expect(page.locator(".claim-item", { hasText: claimed.slice(0, 60) })).toBeVisible();
    await expect(page.getByTestId("reader-text").locator("[data-claims]").first()).toBeVisible();
    await status.getByRole("link", { name: "Show on the map →" }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${ws.id}/map\\?claim=`));
    await expect(page.getByTestId("claim-node").filter({ hasText: claimed.slice(0, 40) })).toBeVisible();

    // Dismiss one, by keyboard: it leaves the list for everyone and stays gone after a reload.
    await page.goto(`/w/${ws.id}/sources/${source.id}`);
    await expect(page.getByTestId("reader-text")).toHaveAttribute("data-ready", "true");
    await page.getByRole("button", { name: "Suggest claims" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Suggested claims" })).toBeFocused();
    await expect(items).toHaveCount(10);
    const dismissedSentence = flat((await items.first().locator("mark").textContent())!);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Close suggestions" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(items.first().locator(".suggestion-text")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(() => highlightedText(page).then((t) => (t ? flat(t) : null))).toBe(dismissedSentence);
    await page.keyboard.press("Tab"); // Make claim
    await page.keyboard.press("Tab"); // Dismiss
    await expect(items.first().getByRole("button", { name: "Dismiss" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("suggestion").locator("mark", { hasText: dismissedSentence.slice(0, 60) })).toHaveCount(0);

    await page.reload();
    await page.getByRole("button", { name: "Suggest claims" }).click();
    await expect(items).toHaveCount(10);
    await expect(page.getByTestId("suggestion").locator("mark", { hasText: dismissedSentence.slice(0, 60) })).toHaveCount(0);
    await page.getByText("Dismissed (1)").click();
    const dismissed = page.getByTestId("dismissed-suggestion");
    await expect(dismissed).toContainText(dismissedSentence.slice(0, 60));
    await expect(dismissed).toContainText("Dismissed by");

    // Restore brings it back.
    await dismissed.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByTestId("suggestion").locator("mark", { hasText: dismissedSentence.slice(0, 60) })).toHaveCount(1);
    await expect(dismissed).toHaveCount(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("heading", { name: "Suggested claims" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/suggestions-phone.png" });
  });
});

import { expect, test } from "@playwright/test";
import { DEMO_EMAIL, DEMO_PASSWORD, demoWorkspaceId, signIn } from "./support";

/** Full-text search over the demo workspace (its four corpus texts and the claims mapped from them). */
test.describe("search", () => {
  test("a word from the corpus: a passage opens in the reader at its paragraph, a claim on the map", async ({ page }) => {
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const workspaceId = await demoWorkspaceId(page.request);
    const sources = (await (await page.request.get(`/api/workspaces/${workspaceId}/sources`)).json()) as unknown[];
    test.skip(sources.length === 0, "the demo workspace has no texts (the corpus is absent)");

    await page.goto(`/w/${workspaceId}/map`);
    const box = page.getByRole("search").getByLabel("Search texts and claims");
    await box.fill("mass organizations");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/w/${workspaceId}/search\\?q=mass\\+organizations`));

    const passages = page.getByTestId("passage-result");
    await expect(passages.first()).toBeVisible();
    // Matches are highlighted and stemmed (porter: "organizing" shares the stem of "organizations").
    const marked = await passages.first().locator("mark").allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^(mass\w*|organi\w*)$/);
    await page.screenshot({ path: "test-results/search.png" });

    // A passage deep in a text: the reader scrolls to its paragraph and flashes it.
    const href = (await passages.nth(2).getAttribute("href"))!;
    const at = Number(new URL(href, "http://x").searchParams.get("at"));
    await passages.nth(2).click();
    await expect(page).toHaveURL(/\/sources\/[^?]+\?at=\d+/);
    const paragraph = page.locator(`[data-p="${at}"]`);
    await expect(paragraph).toHaveClass(/r-flash/);
    await expect(paragraph).toBeInViewport();
    expect((await paragraph.textContent())!.toLowerCase()).toMatch(/organi[sz]ation/);

    // A claim: the map opens with its panel.
    await page.goBack();
    const claim = page.getByTestId("claim-result").first();
    await expect(claim).toBeVisible();
    const claimText = (await claim.locator(".text").textContent())!;
    await claim.click();
    await expect(page).toHaveURL(/\/map\?focus=/);
    await expect(page.getByTestId("claim-panel")).toContainText(claimText.slice(0, 40));
  });

  test("bad query syntax is searched as words, not an error", async ({ page }) => {
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const workspaceId = await demoWorkspaceId(page.request);
    const response = await page.goto(`/w/${workspaceId}/search?q=${encodeURIComponent('"state AND (NEAR* -')}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Search", exact: true })).toBeVisible();
    const api = await page.request.get(`/api/workspaces/${workspaceId}/search?q=${encodeURIComponent("text:( OR")}`);
    expect(api.status()).toBe(200);
  });
});

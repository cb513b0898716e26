import { expect, test, type Page } from "@playwright/test";
import { apiUser, DEMO_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE, signIn } from "./support";

interface ApiMap {
  claims: { id: string; text: string; source: { author: string } | null; anchor: { exact: string } | null }[];
  edges: { id: string; from: string; to: string; kind: string }[];
  undercuts: { id: string; from: string; targetEdgeId: string }[];
  equivalenceGroups: { claimIds: string[] }[];
}

async function openDemoWorkspace(page: Page): Promise<string> {
  await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
  await page.getByTestId("workspace-card").filter({ hasText: DEMO_WORKSPACE }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/map/);
  return page.url().match(/\/w\/([^/]+)\//)![1]!;
}

test.describe("the disagreements view", () => {
  test("shows Post against Meaney with both quotes and the matrix count, and opens the pair on the map", async ({ page }) => {
    const { existsSync } = await import("node:fs");
    const { resolve } = await import("node:path");
    const corpus = process.env.AGON_CORPUS_DIR ?? resolve(process.cwd(), "../shared/corpus");
    test.skip(!existsSync(corpus), `The demo map needs ../shared/corpus, which is absent here (${corpus}).`);

    const workspaceId = await openDemoWorkspace(page);
    const map = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as ApiMap;
    const post = map.claims.find((c) => /same sort of society as Stalin/.test(c.text))!;
    const meaney = map.claims.find((c) => /not Soviet-style orthodox/.test(c.text))!;
    // A claim speaks for every author of its proposition (the claims marked as stating the same).
    const authorsOf = (id: string) => new Set((map.equivalenceGroups.find((g) => g.claimIds.includes(id))?.claimIds ?? [id]).map((c) => map.claims.find((x) => x.id === c)?.source?.author));
    // The matrix must agree with the map: oppose edges from Post's claims to Meaney's, plus Post's
    // undercuts of Meaney's inferences (an undercut sets its claim against the edge's premises).
    const opposingEdges = map.edges.filter((e) => e.kind === "oppose" && authorsOf(e.from).has("Charlie Post") && authorsOf(e.to).has("Constance Squires Meaney")).length;
    const undercutting = map.undercuts.filter((u) => authorsOf(u.from).has("Charlie Post") && authorsOf(map.edges.find((e) => e.id === u.targetEdgeId)!.from).has("Constance Squires Meaney")).length;
    const postAgainstMeaney = opposingEdges + undercutting;
    expect(postAgainstMeaney).toBeGreaterThan(0);

    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Disagreements" }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${workspaceId}/disagreements$`));
    await expect(page.getByRole("heading", { level: 1, name: "Disagreements" })).toBeVisible();

    const matrixCell = page.getByTestId("matrix-Charlie Post|Constance Squires Meaney");
    await expect(matrixCell.getByTestId("matrix-oppose")).toHaveAttribute("data-count", String(postAgainstMeaney));
    await expect(matrixCell.getByTestId("matrix-oppose")).toHaveText(`−${postAgainstMeaney}`);
    await expect(page.getByRole("table", { name: /rows are the authors of premises, columns the authors of the claims they argue about/ })).toBeVisible();
    await expect(page.getByText("Read across: each row is the author of the premise")).toBeVisible();

    const group = page.getByTestId("disagreement-group").filter({ has: page.getByRole("heading", { level: 2, name: /^(Post ⟷ Meaney|Meaney ⟷ Post)$/ }) });
    await expect(group).toHaveCount(1);
    const card = group.getByTestId("disagreement-pair").filter({ has: page.getByTestId("pair-opposing").filter({ hasText: post.anchor!.exact }) });
    await expect(card).toHaveCount(1);
    await expect(card.getByRole("heading", { level: 3 })).toHaveText(/Post\s*opposes\s*Meaney/);
    const opposing = card.getByTestId("pair-opposing");
    const opposed = card.getByTestId("pair-opposed");
    await expect(opposing.getByTestId("pair-quote")).toHaveText(`“${post.anchor!.exact}”`);
    await expect(opposing).toContainText("Charlie Post");
    await expect(opposing).toContainText("2018");
    await expect(opposing).toContainText(/Socialism from Below and the Maoist Model, ¶\s\d+/);
    await expect(opposed.getByTestId("pair-quote")).toHaveText(`“${meaney.anchor!.exact}”`);
    await expect(opposed).toContainText(/Stability and the Industrial Elite in China and the Soviet Union, ¶\s\d+/);
    await expect(card.getByTestId("pair-evidence")).toContainText("Stalinist character of Maoist political");
    await expect(card.getByTestId("pair-note")).toContainText("Post treats Mao's China as Stalinism in substance");
    // Left and right: the opposing quote sits beside, and before, the opposed one.
    const [left, right] = await Promise.all([opposing.boundingBox(), opposed.boundingBox()]);
    expect(left!.x + left!.width).toBeLessThan(right!.x);
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);

    await card.getByRole("link", { name: "Show on map" }).click();
    await expect(page).toHaveURL(new RegExp(`/map\\?focus=${post.id}&with=${meaney.id}$`));
    await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
    await expect(page.getByTestId("claim-panel").getByTestId("panel-claim-text")).toHaveText(post.text);
    await expect(page.locator(`[data-claim-id="${post.id}"]`)).toHaveClass(/\bselected\b/);
    await expect(page.locator(`[data-claim-id="${post.id}"]`)).toBeInViewport();
    await expect(page.locator(`[data-claim-id="${meaney.id}"]`)).toBeInViewport();
  });

  test("explains what to do when there is nothing to show, then lists a new cross-author opposition", async ({ page }) => {
    await page.goto("/signin");
    await apiUser(page.request, "disagree");
    const ws = (await (await page.request.post("/api/workspaces", { data: { name: "Two authors" } })).json()) as { id: string };
    await page.goto(`/w/${ws.id}/disagreements`);
    await expect(page.getByTestId("disagreements-empty")).toContainText("Disagreements need two authors");

    const source = async (author: string, text: string) =>
      ((await (await page.request.post(`/api/workspaces/${ws.id}/sources`, { data: { author, title: `${author}'s essay`, year: 2000, text } })).json()) as { id: string }).id;
    const first = await source("Ada Critic", "The order was a copy of the empire.");
    const second = await source("Bo Defender", "The order broke with the empire.");
    const claim = async (sourceId: string, exact: string) =>
      ((await (await page.request.post(`/api/workspaces/${ws.id}/claims`, { data: { text: exact, anchor: { sourceId, exact } } })).json()) as { id: string }).id;
    const copy = await claim(first, "a copy of the empire");
    const broke = await claim(second, "broke with the empire");

    await page.reload();
    await expect(page.getByTestId("disagreements-empty")).toContainText("No disagreements between authors yet");
    await expect(page.getByTestId("disagreements-empty").getByRole("link", { name: "Open the map to connect claims" })).toBeVisible();

    expect((await page.request.post(`/api/workspaces/${ws.id}/edges`, { data: { from: broke, to: copy, kind: "oppose", note: "They cannot both be right." } })).status()).toBe(201);
    await page.reload();
    const group = page.getByTestId("disagreement-group");
    await expect(group.getByRole("heading", { level: 2 })).toHaveText("Defender ⟷ Critic");
    await expect(group.getByTestId("pair-opposing").getByTestId("pair-quote")).toHaveText("“broke with the empire”");
    await expect(group.getByTestId("pair-opposed").getByTestId("pair-quote")).toHaveText("“a copy of the empire”");
    await expect(group.getByTestId("pair-note")).toContainText("They cannot both be right.");
    await expect(page.getByTestId("matrix-Bo Defender|Ada Critic").getByTestId("matrix-oppose")).toHaveText("−1");
    await expect(page.getByTestId("matrix-Ada Critic|Bo Defender").getByTestId("matrix-oppose")).toHaveAttribute("data-count", "0");
  });
});

import { expect, test, type Browser, type Page } from "@playwright/test";
import { addMember, apiUser } from "./support";

interface DebateList {
  id: string;
  briefs: { id: string; side: "for" | "against" }[];
  hiddenBriefs: number;
}

/** A signed-in browser context for a new account. */
async function person(browser: Browser, tag: string): Promise<{ page: Page; email: string; id: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const user = await apiUser(page.request, tag);
  return { page, ...user };
}

test.describe("sides in a group", () => {
  test("the owner assigns A for and B against; each side sees only its brief until the owner reveals both", async ({ browser }) => {
    test.setTimeout(150_000);
    const owner = await person(browser, "debate-owner");
    const ana = await person(browser, "debate-ana");
    const ben = await person(browser, "debate-ben");

    const ws = (await (await owner.page.request.post("/api/workspaces", { data: { name: "Seminar sides" } })).json()) as { id: string };
    addMember(ws.id, ana.id, "commenter");
    addMember(ws.id, ben.id, "editor");
    const motion = (await (await owner.page.request.post(`/api/workspaces/${ws.id}/claims`, { data: { text: "Planning can replace markets", type: "thesis" } })).json()) as { id: string };

    // The owner sets the debate up from the motion's panel on the map.
    await owner.page.goto(`/w/${ws.id}/map?claim=${motion.id}`);
    await owner.page.getByTestId("claim-panel").getByRole("link", { name: "Set up a group debate…" }).click();
    await expect(owner.page.getByRole("heading", { name: "Set up a group debate" })).toBeVisible();
    await owner.page.locator("fieldset", { hasText: ana.email }).getByLabel("For", { exact: true }).check();
    await owner.page.locator("fieldset", { hasText: ben.email }).getByLabel("Against", { exact: true }).check();
    await expect(owner.page.getByText(/1\s*for · 1\s*against/)).toBeVisible();
    await owner.page.getByRole("button", { name: "Create the two briefs" }).click();
    await expect(owner.page).toHaveURL(new RegExp(`/w/${ws.id}/briefs#debate-`));
    const card = owner.page.getByTestId("debate-card");
    await expect(card).toContainText("Planning can replace markets");
    await expect(card).toContainText("Briefs private to each side");
    await expect(card.getByRole("link", { name: "Open the brief for the motion" })).toBeVisible();
    await expect(card.getByRole("link", { name: "Open the brief against the motion" })).toBeVisible();

    const [debate] = (await (await owner.page.request.get(`/api/workspaces/${ws.id}/debates`)).json()) as DebateList[];
    const forBrief = debate!.briefs.find((b) => b.side === "for")!.id;
    const againstBrief = debate!.briefs.find((b) => b.side === "against")!.id;

    // A sees only the for-brief, in the list and on its page.
    await ana.page.goto(`/w/${ws.id}/briefs`);
    const anaCard = ana.page.getByTestId("debate-card");
    await expect(anaCard).toContainText("For the motion · your side");
    await expect(anaCard.getByRole("link", { name: "Open the brief against the motion" })).toHaveCount(0);
    await expect(anaCard).toContainText("Brief hidden until an owner reveals both.");
    await anaCard.getByRole("link", { name: "Open the brief for the motion" }).click();
    await expect(ana.page).toHaveURL(new RegExp(`/briefs/${forBrief}$`));
    await expect(ana.page.getByRole("status").filter({ hasText: "Group debate: you argue for the motion." })).toBeVisible();
    await expect(ana.page.getByTestId("brief-thesis")).toContainText("Planning can replace markets");
    expect((await ana.page.request.get(`/api/workspaces/${ws.id}/briefs/${againstBrief}`)).status()).toBe(404);

    // B cannot open it by URL: a 404, as if it did not exist, on the page and in the API.
    const hidden = await ben.page.goto(`/w/${ws.id}/briefs/${forBrief}`);
    expect(hidden?.status()).toBe(404);
    await expect(ben.page.getByRole("heading", { name: "Not found" })).toBeVisible();
    const api = await ben.page.request.get(`/api/workspaces/${ws.id}/briefs/${forBrief}`);
    expect(api.status()).toBe(404);
    const benList = (await (await ben.page.request.get(`/api/workspaces/${ws.id}/briefs`)).json()) as { id: string }[];
    expect(benList.map((b) => b.id)).toEqual([againstBrief]);

    // The owner reveals both, after confirming.
    await owner.page.reload();
    await owner.page.getByRole("button", { name: "Reveal both briefs…" }).click();
    const confirm = owner.page.getByRole("dialog", { name: "Reveal both briefs?" });
    await expect(confirm).toContainText("cannot be undone");
    await confirm.getByRole("button", { name: "Reveal both briefs" }).click();
    await expect(owner.page.getByTestId("debate-card")).toContainText(/Revealed \d{4}-\d\d-\d\d/);
    await expect(owner.page.getByRole("button", { name: "Reveal both briefs…" })).toHaveCount(0);

    // B now sees both.
    await ben.page.goto(`/w/${ws.id}/briefs`);
    const benCard = ben.page.getByTestId("debate-card");
    await expect(benCard.getByRole("link", { name: "Open the brief for the motion" })).toBeVisible();
    await expect(benCard.getByRole("link", { name: "Open the brief against the motion" })).toBeVisible();
    const shown = await ben.page.goto(`/w/${ws.id}/briefs/${forBrief}`);
    expect(shown?.status()).toBe(200);
    await expect(ben.page.getByRole("status").filter({ hasText: "Both sides’ briefs are revealed" })).toBeVisible();

    // The reveal is in the activity log.
    const activity = (await (await owner.page.request.get(`/api/workspaces/${ws.id}/activity`)).json()) as { items: { summary: string }[] };
    expect(activity.items.map((i) => i.summary)).toContain("revealed both briefs of the debate on “Planning can replace markets”");

    await Promise.all([owner, ana, ben].map((p) => p.page.context().close()));
  });
});

import { expect, test, type Page } from "@playwright/test";
import { addMember, apiUser } from "./support";

/** The map filtered by one member's stance, kept in the URL, with blind mode respected. */

const shownIds = async (page: Page) => (await page.getByTestId("claim-node").evaluateAll((els) => els.map((el) => el.getAttribute("data-claim-id")))).sort();

test("the map shows only the claims a member agrees with, disagrees with or has not marked, from a shared link too; blind mode withholds what it should", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await apiUser(owner.request, "chair");
  const ws = ((await (await owner.request.post("/api/workspaces", { data: { name: "Stance filter" } })).json()) as { id: string }).id;
  const claim = async (text: string, x: number, y: number) =>
    ((await (await owner.request.post(`/api/workspaces/${ws}/claims`, { data: { text, position: { x, y } } })).json()) as { id: string }).id;
  const famine = await claim("The famine was caused by policy", 300, 0);
  const weather = await claim("Weather explains most of the shortfall", 0, 300);
  const records = await claim("Procurement records were falsified", 600, 300);
  const exports = await claim("Grain exports continued through 1960", 300, 600);
  await owner.request.post(`/api/workspaces/${ws}/edges`, { data: { from: weather, to: famine, kind: "oppose" } });
  await owner.request.post(`/api/workspaces/${ws}/edges`, { data: { from: records, to: famine, kind: "support" } });

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  const account = await apiUser(student.request, "student");
  addMember(ws, account.id, "commenter");
  const stance = async (page: Page, claimId: string, value: string) =>
    expect((await page.request.put(`/api/workspaces/${ws}/claims/${claimId}/stance`, { data: { value } })).ok()).toBe(true);
  await stance(student, famine, "agree");
  await stance(student, records, "agree");
  await stance(student, weather, "disagree");
  const members = ((await (await owner.request.get(`/api/workspaces/${ws}/members`)).json()) as { members: { id: string; email: string; isYou: boolean }[] }).members;
  const studentMember = members.find((m) => m.email === account.email)!;
  const ownerMember = members.find((m) => m.isYou)!;

  await owner.goto(`/w/${ws}/map`);
  await expect(owner.locator("html")).toHaveAttribute("data-map-ready", "true");
  expect(await shownIds(owner)).toHaveLength(4);
  await owner.getByRole("button", { name: /^Filters/ }).click();
  const bar = owner.getByTestId("map-view");
  await expect(bar.getByLabel("Claims they…")).toBeDisabled();
  await bar.getByLabel("Member", { exact: true }).selectOption(studentMember.id);
  await expect.poll(() => shownIds(owner)).toEqual([famine, records].sort());
  await expect(owner).toHaveURL(new RegExp(`by=${studentMember.id}&stance=agree`));
  await expect(owner.getByTestId("map-view-count")).toHaveText("Showing 2 of 4 claims");
  await expect(owner.locator(".react-flow__edge")).toHaveCount(1);
  await expect(bar.getByRole("button", { name: "Filters (1 on)" })).toBeVisible();

  await bar.getByLabel("Claims they…").selectOption("disagree");
  await expect.poll(() => shownIds(owner)).toEqual([weather]);
  await bar.getByLabel("Claims they…").selectOption("unmarked");
  await expect.poll(() => shownIds(owner)).toEqual([exports]);
  await expect(owner).toHaveURL(/stance=unmarked/);

  // The link brings back the same view, filter panel open.
  const shared = owner.url();
  await owner.goto("about:blank");
  await owner.goto(shared);
  await expect(owner.locator("html")).toHaveAttribute("data-map-ready", "true");
  await expect.poll(() => shownIds(owner)).toEqual([exports]);
  await expect(owner.getByTestId("map-view").getByLabel("Claims they…")).toHaveValue("unmarked");

  // Back to everyone.
  await owner.getByTestId("map-view").getByLabel("Member", { exact: true }).selectOption("");
  await expect.poll(() => shownIds(owner)).toHaveLength(4);
  await expect(owner).not.toHaveURL(/stance=/);

  // Blind mode: the owner's stances stay hidden from the student until the student marks the same claim.
  expect((await owner.request.patch(`/api/workspaces/${ws}`, { data: { blindStances: true } })).ok()).toBe(true);
  await stance(owner, exports, "agree");
  await stance(owner, famine, "agree");
  await student.goto(`/w/${ws}/map?by=${ownerMember.id}&stance=agree`);
  await expect(student.locator("html")).toHaveAttribute("data-map-ready", "true");
  // The student marked "famine" already, so they see the owner's stance there, but not on "exports".
  await expect.poll(() => shownIds(student)).toEqual([famine]);
  await expect(student.getByTestId("map-view").getByRole("note")).toHaveText("1 of their stances is hidden until you mark the same claims (blind mode).");
  await Promise.all([ownerContext.close(), studentContext.close()]);
});

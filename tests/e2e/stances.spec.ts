import { expect, test, type Page } from "@playwright/test";
import { addMember, apiUser } from "./support";

/** Stances with two members in two browsers: blind mode, tallies, and a reworded claim to confirm. */

async function openClaim(page: Page, workspaceId: string, claimId: string) {
  await page.goto(`/w/${workspaceId}/map?claim=${claimId}`);
  await expect(page.locator("html")).toHaveAttribute("data-map-ready", "true");
  return page.getByTestId("claim-panel").getByTestId("stance-control");
}

test("blind stances stay hidden until a member marks their own; a reworded claim asks its judges to confirm", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await apiUser(owner.request, "leader");
  const workspace = (await (await owner.request.post("/api/workspaces", { data: { name: "Debate club" } })).json()) as { id: string };
  const thesis = (await (await owner.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text: "The mass line was democratic", type: "thesis", position: { x: 0, y: 0 } } })).json()) as { id: string };

  await owner.goto(`/w/${workspace.id}/stances`);
  await owner.getByRole("switch", { name: /Blind stances/ }).check();
  await expect(owner.getByRole("switch", { name: /Blind stances/ })).toBeChecked();
  const ownerStance = await openClaim(owner, workspace.id, thesis.id);
  await ownerStance.getByRole("button", { name: "Disagree" }).click();
  await expect(ownerStance.getByRole("button", { name: "Disagree" })).toHaveAttribute("aria-pressed", "true");
  await expect(ownerStance.getByTestId("stance-tally")).toContainText("0 agree · 1 disagree · 0 unsure");

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  const account = await apiUser(member.request, "student");
  addMember(workspace.id, account.id, "commenter");
  const memberStance = await openClaim(member, workspace.id, thesis.id);
  await expect(memberStance.getByTestId("stance-tally")).toHaveText("Others' stances are hidden until you mark your own.");
  await expect(member.getByTestId("node-stances")).toHaveCount(0);
  await memberStance.getByRole("button", { name: "Agree", exact: true }).click();
  await expect(memberStance.getByTestId("stance-tally")).toContainText("1 agree · 1 disagree · 0 unsure");
  await expect(member.getByTestId("node-stances")).toHaveAttribute("aria-label", "Stances: 1 agree, 1 disagree, 0 unsure");

  await member.goto(`/w/${workspace.id}/stances`);
  const matrix = member.getByTestId("stance-matrix");
  await expect(matrix.getByRole("row", { name: /leader/ })).toContainText("disagree");
  await expect(matrix.getByRole("row", { name: /student/ })).toContainText("agree");

  // The owner rewords the thesis: the student's stance now judged an earlier wording.
  const current = (await (await owner.request.get(`/api/workspaces/${workspace.id}/map`)).json()) as { claims: { id: string; version: number }[] };
  await owner.request.patch(`/api/workspaces/${workspace.id}/claims/${thesis.id}`, { data: { version: current.claims[0]!.version, text: "The mass line was democratic in form" } });
  const again = await openClaim(member, workspace.id, thesis.id);
  await expect(again.getByRole("status")).toContainText("on an earlier wording: “The mass line was democratic”");
  await expect(again.getByTestId("stance-tally")).toContainText("2 on an earlier wording");
  await again.getByRole("button", { name: "Confirm agree" }).click();
  await expect(again.getByRole("status")).toHaveCount(0);
  await expect(again.getByTestId("stance-tally")).toContainText("1 on an earlier wording");

  // A second click on the pressed stance withdraws it.
  await again.getByRole("button", { name: "Agree", exact: true }).click();
  await expect(again.getByRole("button", { name: "Agree", exact: true })).toHaveAttribute("aria-pressed", "false");
  await Promise.all([ownerContext.close(), memberContext.close()]);
});

test("a viewer marks their own stance but cannot edit the claim", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await apiUser(owner.request, "owner");
  const workspace = (await (await owner.request.post("/api/workspaces", { data: { name: "Read only" } })).json()) as { id: string };
  const claim = (await (await owner.request.post(`/api/workspaces/${workspace.id}/claims`, { data: { text: "A claim", position: { x: 0, y: 0 } } })).json()) as { id: string };
  await owner.request.put(`/api/workspaces/${workspace.id}/claims/${claim.id}/stance`, { data: { value: "unsure" } });

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  const account = await apiUser(viewer.request, "viewer");
  addMember(workspace.id, account.id, "viewer");
  const stance = await openClaim(viewer, workspace.id, claim.id);
  await expect(stance.getByTestId("stance-tally")).toContainText("0 agree · 0 disagree · 1 unsure");
  await stance.getByRole("button", { name: "Agree", exact: true }).click();
  await expect(stance.getByRole("button", { name: "Agree", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(stance.getByTestId("stance-tally")).toContainText("1 agree · 0 disagree · 1 unsure");
  await expect(viewer.getByTestId("claim-panel").getByRole("button", { name: "Edit", exact: true })).toHaveCount(0);
  await Promise.all([ownerContext.close(), viewerContext.close()]);
});

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { apiUser, DEMO_EMAIL, DEMO_PASSWORD, demoWorkspaceId, signIn } from "./support";

interface ApiMap {
  claims: { id: string; text: string; source: { author: string } | null }[];
  edges: { id: string; from: string; to: string; kind: string }[];
  undercuts: { id: string; from: string; targetEdgeId: string }[];
}

/** The text of every page of a PDF, whitespace collapsed, via pdf.js (already used for imports). */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  return pages.join(" ").replace(/\s+/g, " ");
}

async function post<T>(page: Page, url: string, data?: unknown): Promise<T> {
  const response = await page.request.post(url, { data });
  expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

test.describe("debate briefs", () => {
  test("prepares a brief against Meaney's thesis from the claim panel, built from Post's and Meaney's claims, and exports Markdown and PDF", async ({ page }) => {
    const corpus = process.env.AGON_CORPUS_DIR ?? resolve(process.cwd(), "../shared/corpus");
    test.skip(!existsSync(corpus), `The demo map needs ../shared/corpus, which is absent here (${corpus}).`);
    test.setTimeout(120_000);

    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const workspaceId = await demoWorkspaceId(page.request);
    const map = (await (await page.request.get(`/api/workspaces/${workspaceId}/map`)).json()) as ApiMap;
    const thesis = map.claims.find((c) => /^Mao-era China was not Soviet-style orthodox/.test(c.text))!;
    const postClaim = map.claims.find((c) => /same sort of society as Stalin/.test(c.text))!;
    const coOptation = map.claims.find((c) => c.source?.author.includes("Meaney") && map.edges.some((e) => e.from === c.id && e.to === thesis.id && e.kind === "support"))!;

    await page.goto(`/w/${workspaceId}/map?claim=${thesis.id}`);
    const panel = page.getByTestId("claim-panel");
    await panel.getByRole("button", { name: "Prepare a debate…" }).click();
    const dialog = page.getByRole("dialog", { name: "Prepare a debate" });
    await dialog.getByLabel(/Against the motion/).check();
    await dialog.getByLabel(/Speech time in minutes/).fill("5");
    await dialog.getByRole("button", { name: "Prepare the brief" }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${workspaceId}/briefs/[^/?]+$`));

    const brief = page.getByTestId("brief-document");
    await expect(brief.getByTestId("brief-thesis")).toContainText(thesis.text);
    await expect(brief).toContainText("Against the motion · 5-minute speech");
    await expect(brief.getByTestId("brief-summary")).toHaveText(/grounded: (in|out|undecided) · DF-QuAD 0\.\d\d/);
    // Against the motion, Post's objection is the case, cited author-date with its paragraph...
    const casePoint = brief.getByTestId("brief-case").getByRole("listitem").filter({ hasText: postClaim.text });
    await expect(casePoint).toContainText("opposes the motion");
    await expect(casePoint).toContainText(/Charlie Post \(2018\), Socialism from Below and the Maoist Model, ¶\s\d+/);
    // ...and Meaney's supports of her thesis are the objections to expect, with their rebuttals or a gap.
    const objection = brief.getByTestId("brief-objection").filter({ hasText: coOptation.text });
    await expect(objection).toContainText("supports the motion");
    await expect(objection).toContainText(/Constance Squires Meaney \(\d{4}\), Stability and the Industrial Elite/);
    await expect(brief.getByTestId("brief-gaps")).toContainText("Unanswered objection:");
    await expect(brief.getByTestId("brief-bibliography")).toContainText("Charlie Post (2018). Socialism from Below and the Maoist Model.");
    await expect(brief.getByTestId("brief-bibliography")).toContainText("Constance Squires Meaney");
    await expect(casePoint.getByRole("link", { name: "Passage in the reader" })).toHaveAttribute("href", new RegExp(`/w/${workspaceId}/sources/[^?]+\\?claim=${postClaim.id}`));

    // The semantics switch recomputes the same brief.
    await page.getByRole("group", { name: "Strengths by" }).getByRole("link", { name: "Euler-based" }).click();
    await expect(brief.getByTestId("brief-summary")).toHaveText(/Euler-based 0\.\d\d/);

    // Markdown download.
    const markdownHref = await page.getByRole("link", { name: "Download Markdown" }).getAttribute("href");
    const markdown = await page.request.get(markdownHref!);
    expect(markdown.headers()["content-type"]).toContain("text/markdown");
    expect(markdown.headers()["content-disposition"]).toMatch(/attachment; filename="against-mao-era-china-was-not-soviet-style-orthodox.*\.md"/);
    const text = await markdown.text();
    for (const heading of ["## The case", "## Objections to expect", "## Gaps", "## Bibliography"]) expect(text).toContain(heading);
    expect(text).toContain("Charlie Post (2018), *Socialism from Below and the Maoist Model*, ¶");

    // PDF from the print stylesheet: the document with citations and bibliography, no app chrome.
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const printed = await pdfText(pdf);
    expect(printed).toContain("Mao-era China was not Soviet-style orthodox");
    expect(printed).toContain("Objections to expect");
    expect(printed).toContain("Bibliography");
    expect(printed).toMatch(/Charlie Post \(2018\)/);
    expect(printed).not.toContain("Argument map");
    expect(printed).not.toContain("Download Markdown");

    // A snapshot freezes this version and opens read-only.
    await page.getByRole("button", { name: "Take a snapshot" }).click();
    await expect(page).toHaveURL(/\?snapshot=/);
    await expect(page.getByRole("status")).toContainText("A snapshot, read-only");
    await expect(page.getByTestId("brief-thesis")).toContainText(thesis.text);

    // The brief is listed under Debate briefs in the workspace navigation.
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Debate briefs" }).click();
    await expect(page.getByRole("link", { name: /^Against: Mao-era China was not Soviet-style orthodox/ }).first()).toBeVisible();
  });

  test("a drill takes the objections one at a time and saves the answers to the map as an opposing claim and an undercut", async ({ page }) => {
    await page.goto("/signin");
    await apiUser(page.request, "drill");
    const ws = await post<{ id: string }>(page, "/api/workspaces", { name: "Drill room" });
    const api = `/api/workspaces/${ws.id}`;
    const thesis = await post<{ id: string }>(page, `${api}/claims`, { text: "Seminars should be graded", type: "thesis" });
    const first = await post<{ id: string }>(page, `${api}/claims`, { text: "Grades crowd out curiosity" });
    const second = await post<{ id: string }>(page, `${api}/claims`, { text: "Grading discussion rewards talkers" });
    await post(page, `${api}/edges`, { from: first.id, to: thesis.id, kind: "oppose" });
    const secondEdge = await post<{ id: string }>(page, `${api}/edges`, { from: second.id, to: thesis.id, kind: "oppose" });
    const brief = await post<{ id: string }>(page, `${api}/briefs`, { thesisId: thesis.id, side: "for", timeLimitMinutes: 1 });

    await page.goto(`/w/${ws.id}/briefs/${brief.id}`);
    await expect(page.getByTestId("brief-gaps")).toContainText("Unanswered objection: Grades crowd out curiosity");
    await page.getByRole("link", { name: "Drill the objections" }).click();
    await page.getByRole("button", { name: "Start, strongest first" }).click();

    // Equal strengths: the objections come in alphabetical order.
    await expect(page.getByTestId("drill-objection")).toHaveText("Grades crowd out curiosity");
    await expect(page.getByText("Objection 1 of 2")).toBeVisible();
    await expect(page.getByRole("timer")).toHaveText(/^(1:00|0:5\d) left$/);
    await page.getByLabel("Your answer").fill("Graded seminars can reward curiosity itself");
    await page.getByRole("button", { name: "Save rebuttal to the map" }).click();

    await expect(page.getByTestId("drill-objection")).toHaveText("Grading discussion rewards talkers");
    await page.getByLabel("Your answer").fill("Talking is not what the grade measures");
    await page.getByLabel(/An objection to its edge/).check();
    await page.getByRole("button", { name: "Save rebuttal to the map" }).click();

    const summary = page.getByTestId("drill-summary");
    await expect(summary).toContainText("You saved 2 rebuttals. 2 objections are answered on the map now that were not before.");
    await expect(summary.getByText("answered now")).toHaveCount(2);

    const map = (await (await page.request.get(`${api}/map`)).json()) as ApiMap;
    const opposing = map.claims.find((c) => c.text === "Graded seminars can reward curiosity itself")!;
    const undercutting = map.claims.find((c) => c.text === "Talking is not what the grade measures")!;
    expect(map.edges.filter((e) => e.from === opposing.id).map((e) => [e.to, e.kind])).toEqual([[first.id, "oppose"]]);
    expect(map.undercuts.filter((u) => u.from === undercutting.id).map((u) => u.targetEdgeId)).toEqual([secondEdge.id]);

    await summary.getByRole("link", { name: "Back to the brief" }).click();
    await expect(page.getByTestId("brief-gaps")).not.toContainText("Unanswered objection");
    await expect(page.getByTestId("brief-objection").filter({ hasText: "Grading discussion rewards talkers" }).getByTestId("brief-rebuttal")).toContainText("undercuts its edge");
  });
});

import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_EMAIL, DEMO_PASSWORD, signIn } from "./support";

/**
 * Revising a source: delete a paragraph that holds a claim's quote and fix a typo in another, see
 * the report, find the lost claim under "Needs review", re-attach it by selecting words.
 * The text is one of the demo's corpus texts, imported into a workspace of the test's own so the
 * shared demo workspace stays as other tests expect it.
 */
const CORPUS = path.resolve(__dirname, "../../../shared/corpus");
const POST_FILE = path.join(CORPUS, "004_da38b480851fa2bd.txt");

interface ApiSource {
  id: string;
  text: string;
  paragraphs: { start: number; end: number; kind: string }[];
  revisionId: string;
}

/** Select `words` inside the reader's text (as a mouse would) and release the mouse. */
async function selectWords(page: Page, words: string): Promise<void> {
  await expect(page.getByTestId("reader-text")).toHaveAttribute("data-ready", "true");
  const found = await page.evaluate((target) => {
    const root = document.querySelector('[data-testid="reader-text"]')!;
    for (const run of Array.from(root.querySelectorAll<HTMLElement>("span[data-o]"))) {
      const node = run.firstChild as Text | null;
      const at = node?.data.indexOf(target) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      run.scrollIntoView({ block: "center" });
      root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return true;
    }
    return false;
  }, words);
  expect(found, `the words “${words}” are in the reader`).toBe(true);
}

test.describe("revising a source", () => {
  test.skip(!fs.existsSync(POST_FILE), `the corpus text ${POST_FILE} is absent`);

  test("a deleted paragraph orphans its claim, a fixed typo moves one; the orphan is re-attached by selecting words", async ({ page }) => {
    await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
    const ws = (await (await page.request.post("/api/workspaces", { data: { name: `Revisions ${Date.now()}` } })).json()) as { id: string };
    const imported = await page.request.post(`/api/workspaces/${ws.id}/sources`, {
      data: { author: "Charlie Post", title: "Socialism from Below and the Maoist Model", year: 2018, text: fs.readFileSync(POST_FILE, "utf8") },
    });
    expect(imported.status()).toBe(201);
    const { id: sourceId } = (await imported.json()) as { id: string };
    const source = (await (await page.request.get(`/api/workspaces/${ws.id}/sources/${sourceId}`)).json()) as ApiSource;

    // Three long body paragraphs: one to delete, one whose quote gets a typo fixed, one untouched.
    const body = source.paragraphs.filter((p) => p.kind === "paragraph" && p.end - p.start > 400);
    const [doomed, typo, kept] = [body[2]!, body[4]!, body[6]!];
    const quoteOf = (p: { start: number }, offset: number, length: number) => ({ start: p.start + offset, end: p.start + offset + length });
    const claims = [
      { name: "doomed", text: "A claim on a paragraph the revision deletes", span: quoteOf(doomed, 0, 120) },
      { name: "typo", text: "A claim whose quote has a typo fixed", span: quoteOf(typo, 0, 160) },
      { name: "kept", text: "A claim on an untouched paragraph", span: quoteOf(kept, 0, 100) },
    ];
    for (const claim of claims) {
      const response = await page.request.post(`/api/workspaces/${ws.id}/claims`, {
        data: { text: claim.text, anchor: { sourceId, revisionId: source.revisionId, ...claim.span, exact: source.text.slice(claim.span.start, claim.span.end) } },
      });
      expect(response.status()).toBe(201);
    }

    // The revised text: the doomed paragraph gone, one letter changed in the middle of the typo quote.
    const typoAt = claims[1]!.span.start + 80;
    const letter = source.text[typoAt]!;
    const revised =
      source.text.slice(0, doomed.start) +
      source.text.slice(doomed.end + 2, typoAt) +
      (letter === "e" ? "a" : "e") +
      source.text.slice(typoAt + 1);

    await page.goto(`/w/${ws.id}/sources/${sourceId}`);
    await expect(page.getByTestId("revision-bar")).toContainText("Revision 1 of 1");
    await page.getByTestId("revise-link").click();
    await expect(page.getByRole("heading", { name: /Revise “Socialism from Below/ })).toBeVisible();
    await page.getByTestId("revise-text").fill(revised);
    await page.getByRole("button", { name: "Save revision" }).click();

    const report = page.getByTestId("revision-report");
    await expect(report).toContainText("Revision 2 saved");
    await expect(report.getByTestId("count-exact")).toContainText("1");
    await expect(report.getByTestId("count-fuzzy")).toContainText("1");
    await expect(report.getByTestId("count-orphaned")).toContainText("1");
    await page.screenshot({ path: "test-results/revision-report.png" });

    await page.getByTestId("open-reader").click();
    await expect(page.getByTestId("revision-bar")).toContainText("Revision 2 of 2");
    const review = page.getByTestId("review-list");
    await expect(review.getByTestId("review-item")).toHaveCount(1);
    const item = review.getByTestId("review-item").first();
    await expect(item).toContainText("A claim on a paragraph the revision deletes");
    await expect(item).toContainText(source.text.slice(claims[0]!.span.start, claims[0]!.span.start + 40));
    // The orphan is not highlighted anywhere in the new text; the other two are.
    await expect(page.locator(".reader-text [data-claims]")).not.toHaveCount(0);
    await expect(page.getByRole("button", { name: "A claim on a paragraph the revision deletes" })).toHaveCount(0);
    await page.screenshot({ path: "test-results/revision-review.png" });

    // Re-attach: choose the item, select other words, press "Attach here".
    await item.getByRole("button", { name: "Re-attach…" }).click();
    await expect(page.getByTestId("reattach-banner")).toContainText("A claim on a paragraph the revision deletes");
    const words = revised.slice(kept.start - (doomed.end + 2 - doomed.start) + 120, kept.start - (doomed.end + 2 - doomed.start) + 190).trim();
    await selectWords(page, words);
    await page.getByRole("button", { name: "Attach here" }).click();

    await expect(page.getByTestId("review-list")).toHaveCount(0);
    await expect(page.getByTestId("active-claim")).toContainText("A claim on a paragraph the revision deletes");
    await expect(page.getByTestId("active-claim").locator("blockquote")).toHaveText(words);
    await expect(page.getByTestId("reader-claim-revision")).toHaveText("Revision 2 of 2 · made on revision 1");

    // The first revision stays readable, read-only, with the passage where it was.
    await page.getByRole("link", { name: "Revision 1", exact: true }).click();
    await expect(page.getByTestId("old-revision")).toContainText("revision 1 of 2, read-only");
    await expect(page.getByTestId("reader-text")).toContainText(source.text.slice(doomed.start, doomed.start + 60));

    // The sources list no longer flags it.
    await page.goto(`/w/${ws.id}/sources`);
    await expect(page.getByTestId("source-row")).toContainText("revision 2");
    await expect(page.getByTestId("review-badge")).toHaveCount(0);
  });
});

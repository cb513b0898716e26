import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { buildPdf, layOutBook } from "../support/fixtures/pdf";
import { DEMO_EMAIL, DEMO_PASSWORD, signIn } from "./support";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agon-e2e-import-"));

function writeFile(name: string, content: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Sign in as the demo reader and open the Sources page of a new, empty workspace. */
async function openEmptyWorkspace(page: Page, name: string): Promise<string> {
  await signIn(page, DEMO_EMAIL, DEMO_PASSWORD);
  const created = await page.request.post("/api/workspaces", { data: { name: `${name} ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/w/${id}/sources`);
  return id;
}

const CHAPTER = [
  "# The Mass Organizations",
  ...Array.from(
    { length: 9 },
    (_, i) =>
      `Point ${i + 1}: the independent mass organizations gave the workers a voice in the enterprise that the party committees could not silence, and their dissolution left the workers without the means to hold the managers to account.`,
  ),
  "# What Followed",
  "After the dissolution, the managers answered to the party alone.",
];

test.describe("importing texts", () => {
  test("a PDF: preview with its clean-up report and outline, then save and read it", async ({ page }) => {
    const workspaceId = await openEmptyWorkspace(page, "PDF import");
    const pdf = buildPdf(layOutBook(CHAPTER, { pageNumbers: true, linesPerPage: 18 }), { title: "Independent Mass Organizations", author: "Fred Engst" });
    await page.getByLabel(/Drop a file here or choose one/).setInputFiles(writeFile("engst.pdf", pdf));

    const preview = page.getByRole("dialog", { name: "Check the text before saving" });
    await expect(preview).toBeVisible();
    await expect(preview).toContainText("PDF");
    await expect(preview).toContainText("engst.pdf");
    await expect(preview.getByTestId("preview-report")).toContainText(/\d+ lines joined/);
    await expect(preview.getByTestId("preview-report")).toContainText(/\d+ page numbers dropped/);
    await expect(preview.getByTestId("preview-outline").getByRole("listitem")).toHaveText(["The Mass Organizations", "What Followed"]);
    await expect(preview.getByTestId("preview-excerpt")).toContainText("Point 1: the independent mass organizations gave the workers a voice");
    // Title and author come from the PDF's own metadata; the year is ours to add.
    await expect(preview.getByLabel("Author")).toHaveValue("Fred Engst");
    await expect(preview.getByLabel("Title")).toHaveValue("Independent Mass Organizations");
    await preview.getByLabel("Year").fill("2006");
    await preview.getByRole("button", { name: "Save source" }).click();

    await expect(page).toHaveURL(new RegExp(`/w/${workspaceId}/sources/[^/?]+\\?imported=1`));
    await expect(page.getByTestId("import-report")).toContainText("Imported from a PDF");
    const text = page.getByTestId("reader-text");
    await expect(text).toHaveAttribute("data-ready", "true");
    await expect(text).toContainText("Point 9: the independent mass organizations gave the workers a voice in the enterprise");
    await expect(text.getByRole("heading", { name: "What Followed" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Independent Mass Organizations" })).toBeVisible();

    // The table of contents jumps to a heading and moves focus there.
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "What Followed" }).click();
    await expect(text.getByRole("heading", { name: "What Followed" })).toBeFocused();
  });

  test("a web page dropped on the form: the article is kept, the menu and scripts are not", async ({ page }) => {
    await openEmptyWorkspace(page, "HTML import");
    const article = "The mass line takes the scattered ideas of the masses, concentrates them through study, and returns them to the masses until they embrace them as their own.";
    const html = `<!doctype html><html><head><title>The Mass-Democratic Method</title><script>window.evil = "tracking code";</script></head>
      <body><nav><a href="/">Home</a> <a href="/donate">Donate now</a></nav>
      <article><h1>The Mass-Democratic Method</h1><p>${article}</p><h2>From the masses, to the masses</h2><p>${article} It is a method of leadership, not a slogan.</p></article>
      <footer>Cookie settings</footer></body></html>`;
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], "mass-line.html", { type: "text/html" }));
      return transfer;
    }, html);
    await page.getByTestId("dropzone").dispatchEvent("drop", { dataTransfer });

    const preview = page.getByRole("dialog", { name: "Check the text before saving" });
    await expect(preview.getByTestId("preview-excerpt")).toContainText("It is a method of leadership, not a slogan.");
    await expect(preview.getByTestId("preview-excerpt")).not.toContainText("Donate");
    await expect(preview.getByTestId("preview-excerpt")).not.toContainText("tracking code");
    await expect(preview.getByTestId("preview-outline")).toContainText("From the masses, to the masses");
    await expect(preview.getByLabel("Title")).toHaveValue("The Mass-Democratic Method");
    await preview.getByLabel("Author").fill("Mass Line study group");
    await preview.getByRole("button", { name: "Save source" }).click();

    await expect(page.getByTestId("import-report")).toContainText("Imported from a web page");
    await expect(page.getByTestId("reader-text")).toContainText("It is a method of leadership, not a slogan.");
    await expect(page.getByTestId("reader-text")).not.toContainText("Cookie settings");
  });

  test("a password-protected PDF is refused with a clear message, and nothing is saved", async ({ page }) => {
    const workspaceId = await openEmptyWorkspace(page, "Refused import");
    const locked = buildPdf(layOutBook(CHAPTER), { password: true });
    await page.getByLabel(/Drop a file here or choose one/).setInputFiles(writeFile("locked.pdf", locked));
    await expect(page.locator(".alert[role=alert]")).toContainText("This PDF is password-protected");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const sources = (await (await page.request.get(`/api/workspaces/${workspaceId}/sources`)).json()) as unknown[];
    expect(sources).toEqual([]);
  });
});

import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, uniqueEmail } from "./support";

test.describe("accounts", () => {
  test("signs up, lands on an empty workspace list, signs out and back in", async ({ page }) => {
    const email = uniqueEmail("signup");
    await page.goto("/signup");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/workspaces$/);
    await expect(page.getByRole("heading", { name: "No workspaces yet" })).toBeVisible();
    await expect(page.getByTestId("user-email")).toHaveText(email);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/workspaces");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

    await signIn(page, email, PASSWORD);
    await expect(page.getByTestId("user-email")).toHaveText(email);
  });

  test("explains a wrong password, an unknown email, a taken email and a weak password", async ({ page, request }) => {
    const email = uniqueEmail("errors");
    expect((await request.post("/api/signup", { data: { email, password: PASSWORD } })).status()).toBe(201);

    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password 1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".alert[role=alert]")).toContainText("do not match an account");

    await page.getByLabel("Email").fill(uniqueEmail("nobody"));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator(".alert[role=alert]")).toContainText("do not match an account");

    await page.goto("/signup");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator(".alert[role=alert]")).toContainText("already exists");

    await page.getByLabel("Email").fill(uniqueEmail("weak"));
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator(".alert[role=alert]")).toContainText("at least 10 characters");
    await expect(page.locator("body")).not.toContainText("Error:");
  });

  test("creates a workspace and imports a pasted text", async ({ page }) => {
    const email = uniqueEmail("ws");
    await page.goto("/signup");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/workspaces$/);

    await page.getByRole("button", { name: "New workspace" }).click();
    await page.getByLabel("Name").fill("Thursday reading group");
    await page.getByRole("button", { name: "Create workspace" }).click();
    await expect(page).toHaveURL(/\/w\/[^/]+\/sources$/);

    await page.getByRole("tab", { name: "Paste text" }).click();
    await page.getByLabel("Text", { exact: true }).fill("The first line of a hard-\nbroken paragraph goes on here.\n\nA second paragraph.");
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("dialog", { name: "Check the text before saving" });
    await expect(preview.getByTestId("preview-excerpt")).toContainText("A second paragraph.");
    await preview.getByLabel("Author").fill("A. Writer");
    await preview.getByLabel("Year").fill("1999");
    await preview.getByLabel("Title").fill("On reading");
    await preview.getByRole("button", { name: "Save source" }).click();
    await expect(page).toHaveURL(/\/sources\/[^/?]+/);
    await expect(page.getByRole("heading", { name: "On reading" })).toBeVisible();
    await expect(page.getByTestId("reader-text")).toContainText("A second paragraph.");
  });

  test("refuses a binary upload with a clear message and saves nothing", async ({ page }) => {
    const email = uniqueEmail("upload");
    await page.goto("/signup");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("button", { name: "New workspace" }).click();
    await page.getByLabel("Name").fill("Uploads");
    await page.getByRole("button", { name: "Create workspace" }).click();
    await expect(page).toHaveURL(/\/sources$/);

    // An image saved under a .txt name: the bytes, not the name, decide what it is.
    await page.getByLabel(/Drop a file here or choose one/).setInputFiles({ name: "image.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) });
    await expect(page.locator(".alert[role=alert]")).toContainText("image.txt: This is an image, not a text.");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByTestId("source-row")).toHaveCount(0);
  });
});

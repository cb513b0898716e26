import Database from "better-sqlite3";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { runPostgresAdmin } from "../integration/postgres-admin";

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;

/**
 * Give a user a role in a workspace straight in the e2e database: inviting members is a later
 * feature, and the access tests need viewers and commenters now.
 */
export function addMember(workspaceId: string, userId: string, role: string): void {
  const url = process.env.DATABASE_URL ?? "file:./e2e.db";
  const id = `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  if (/^postgres(ql)?:/.test(url)) {
    // Synchronous like the SQLite branch, so callers stay as they are (scripts/e2e.sh with E2E_ON_POSTGRES=1).
    const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
    runPostgresAdmin(url, [
      `INSERT INTO "Membership" ("id", "workspaceId", "userId", "role", "createdAt", "updatedAt", "version") VALUES (${[id, workspaceId, userId, role].map(quote).join(", ")}, now(), now(), 1)`,
    ]);
    return;
  }
  const database = new Database(url.replace(/^file:/, ""));
  try {
    const now = new Date().toISOString(); // Prisma's SQLite adapter stores DateTime as ISO text
    database
      .prepare("INSERT INTO Membership (id, workspaceId, userId, role, createdAt, updatedAt, version) VALUES (?, ?, ?, ?, ?, ?, 1)")
      .run(id, workspaceId, userId, role, now, now);
  } finally {
    database.close();
  }
}

export const DEMO_EMAIL = (process.env.DEMO_EMAIL ?? "demo@agon.local").toLowerCase();
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "reading-group-1968";
export const DEMO_WORKSPACE = "Mao-era China: four texts";
export const PASSWORD = "correct horse 42";

export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}

/** Sign in through the real form. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
}

/** Create an account and a signed-in API session for it (next-auth credentials flow, JSON mode). */
export async function apiUser(request: APIRequestContext, tag: string): Promise<{ email: string; id: string }> {
  const email = uniqueEmail(tag);
  const created = await request.post("/api/signup", { data: { email, password: PASSWORD } });
  expect(created.status()).toBe(201);
  await apiSignIn(request, email, PASSWORD);
  return { email, id: ((await created.json()) as { user: { id: string } }).user.id };
}

export async function apiSignIn(request: APIRequestContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
}

export async function demoWorkspaceId(request: APIRequestContext): Promise<string> {
  const list = (await (await request.get("/api/workspaces")).json()) as { id: string; name: string }[];
  const demo = list.find((w) => w.name === DEMO_WORKSPACE);
  if (!demo) throw new Error("The demo workspace is missing: scripts/e2e.sh seeds it.");
  return demo.id;
}

/**
 * Press Fit view and wait until its animation has finished: a click aimed at a card while the
 * viewport is still gliding lands wherever the card was a frame earlier.
 */
export async function fitViewAndSettle(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Fit view", exact: true }).click();
  const transform = () => page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
  let previous = "";
  await expect
    .poll(async () => {
      const now = await transform();
      const settled = now === previous;
      previous = now;
      return settled;
    }, { intervals: [150] })
    .toBe(true);
}

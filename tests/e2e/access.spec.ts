import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { addMember, apiSignIn, apiUser, BASE_URL, PASSWORD } from "./support";

/**
 * Every API route, called by every kind of caller who must be refused. The table is checked
 * against the route files on disk, so a new route cannot ship without its refusals.
 */
type Ids = { ws: string; source: string; claim: string; other: string; edge: string };
interface RouteCase {
  file: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  write: boolean;
  workspaceScoped: boolean;
}

const ROUTES: RouteCase[] = [
  { file: "workspaces/route.ts", method: "GET", path: () => "/api/workspaces", write: false, workspaceScoped: false },
  { file: "workspaces/route.ts", method: "POST", path: () => "/api/workspaces", body: () => ({ name: "x" }), write: false, workspaceScoped: false },
  { file: "workspaces/[workspaceId]/map/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/map`, write: false, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/sources/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/sources`, write: false, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/sources/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/sources`, body: () => ({ author: "A", title: "T", text: "Some words." }), write: true, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/sources/preview/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/sources/preview`, body: () => ({ text: "Some words to preview." }), write: true, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/sources/[sourceId]/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/sources/${i.source}`, write: false, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/claims/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/claims`, body: () => ({ text: "A claim" }), write: true, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/claims/[claimId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/claims/${i.claim}`, body: () => ({ version: 1, text: "Changed" }), write: true, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/claims/[claimId]/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/claims/${i.claim}`, write: true, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/edges/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/edges`, body: (i) => ({ from: i.claim, to: i.other, kind: "oppose" }), write: true, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/edges/[edgeId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/edges/${i.edge}`, body: () => ({ version: 1, note: "x" }), write: true, workspaceScoped: true },
  { file: "workspaces/[workspaceId]/edges/[edgeId]/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/edges/${i.edge}`, write: true, workspaceScoped: true },
];

// Routes that are public by design, with the reason.
const PUBLIC_ROUTES = new Set(["auth/[...nextauth]/route.ts", "signup/route.ts"]);

function routeFiles(dir = path.resolve(__dirname, "../../app/api"), prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routeFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : entry.name === "route.ts" ? [`${prefix}route.ts`] : [],
  );
}

function exportedMethods(file: string): string[] {
  const source = fs.readFileSync(path.resolve(__dirname, "../../app/api", file), "utf8");
  return [...source.matchAll(/export (?:const|async function) (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => m[1]!);
}

async function call(ctx: APIRequestContext, route: RouteCase, ids: Ids) {
  const url = route.path(ids);
  const data = route.body?.(ids);
  const response = await ctx.fetch(url, { method: route.method, data });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  return { status: response.status(), body };
}

test.describe("access control on every API route", () => {
  let owner: APIRequestContext;
  let ids: Ids;
  const contexts: Record<string, APIRequestContext> = {};

  test.beforeAll(async () => {
    owner = await playwrightRequest.newContext({ baseURL: BASE_URL });
    await apiUser(owner, "owner");
    const ws = (await (await owner.post("/api/workspaces", { data: { name: "Access matrix" } })).json()) as { id: string };
    const source = (await (await owner.post(`/api/workspaces/${ws.id}/sources`, { data: { author: "A", title: "T", text: "Alpha beta gamma. Delta epsilon." } })).json()) as { id: string };
    const a = (await (await owner.post(`/api/workspaces/${ws.id}/claims`, { data: { text: "First" } })).json()) as { id: string };
    const b = (await (await owner.post(`/api/workspaces/${ws.id}/claims`, { data: { text: "Second" } })).json()) as { id: string };
    const edge = (await (await owner.post(`/api/workspaces/${ws.id}/edges`, { data: { from: a.id, to: b.id, kind: "support" } })).json()) as { id: string };
    ids = { ws: ws.id, source: source.id, claim: a.id, other: b.id, edge: edge.id };

    for (const role of ["viewer", "commenter", "stranger"] as const) {
      const ctx = await playwrightRequest.newContext({ baseURL: BASE_URL });
      const user = await apiUser(ctx, role);
      if (role !== "stranger") addMember(ws.id, user.id, role);
      contexts[role] = ctx;
    }
    contexts.anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
  });

  test.afterAll(async () => {
    await Promise.all([owner, ...Object.values(contexts)].map((c) => c.dispose()));
  });

  test("the table covers every route file and method", () => {
    const covered = new Set(ROUTES.map((r) => `${r.file} ${r.method}`));
    const onDisk = routeFiles()
      .filter((f) => !PUBLIC_ROUTES.has(f))
      .flatMap((f) => exportedMethods(f).map((m) => `${f} ${m}`));
    expect(onDisk.filter((r) => !covered.has(r))).toEqual([]);
  });

  test("a signed-out caller gets 401 everywhere", async () => {
    for (const route of ROUTES) {
      const { status, body } = await call(contexts.anonymous!, route, ids);
      expect({ route: `${route.method} ${route.file}`, status, code: body?.error?.code }).toEqual({ route: `${route.method} ${route.file}`, status: 401, code: "UNAUTHENTICATED" });
    }
  });

  test("a non-member gets 404 for every workspace route, as if it did not exist", async () => {
    for (const route of ROUTES.filter((r) => r.workspaceScoped)) {
      const { status } = await call(contexts.stranger!, route, ids);
      expect({ route: `${route.method} ${route.file}`, status }).toEqual({ route: `${route.method} ${route.file}`, status: 404 });
    }
  });

  for (const role of ["viewer", "commenter"]) {
    test(`a ${role} can read but every write is refused with 403`, async () => {
      for (const route of ROUTES.filter((r) => r.workspaceScoped)) {
        const { status } = await call(contexts[role]!, route, ids);
        const expected = route.write ? 403 : 200;
        expect({ route: `${route.method} ${route.file}`, status }).toEqual({ route: `${route.method} ${route.file}`, status: expected });
      }
    });
  }

  test("pages: a non-member sees Not found, a signed-out visitor is sent to sign in", async ({ browser }) => {
    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    await page.goto("/signin");
    const email = `page-stranger-${Date.now()}@example.test`;
    await page.request.post("/api/signup", { data: { email, password: PASSWORD } });
    await apiSignIn(page.request, email, PASSWORD);
    for (const url of [`/w/${ids.ws}/map`, `/w/${ids.ws}/sources`, `/w/${ids.ws}/sources/${ids.source}`]) {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    }
    await stranger.close();

    const anonymous = await browser.newContext();
    const anonPage = await anonymous.newPage();
    await anonPage.goto(`/w/${ids.ws}/map`);
    await expect(anonPage).toHaveURL(/\/signin\?callbackUrl=/);
    await anonymous.close();
  });
});

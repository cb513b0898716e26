import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { addMember, apiSignIn, apiUser, BASE_URL, PASSWORD } from "./support";

/**
 * Every API route, called by every kind of caller who must be refused. The table is checked
 * against the route files on disk, so a new route cannot ship without its refusals.
 */
type Ids = { ws: string; source: string; revision: string; dismissal: string; anchor: string; claim: string; other: string; edge: string; ownerMembership: string; invitation: string; token: string; comment: string; brief: string; snapshot: string; debate: string };
interface RouteCase {
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** The least role that may call it; null for routes outside a workspace. */
  minRole: Role | null;
  /** A response that never ends (server-sent events): judged by its status line alone. */
  stream?: boolean;
}

const ROLE_ORDER = ["viewer", "commenter", "editor", "owner"] as const;
type Role = (typeof ROLE_ORDER)[number];
const allows = (role: Role, route: RouteCase) => route.minRole !== null && ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(route.minRole);

const ROUTES: RouteCase[] = [
  { file: "workspaces/route.ts", method: "GET", path: () => "/api/workspaces", minRole: null },
  { file: "workspaces/route.ts", method: "POST", path: () => "/api/workspaces", body: () => ({ name: "x" }), minRole: null },
  { file: "workspaces/[workspaceId]/map/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/map`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/disagreements/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/disagreements`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/sources/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/sources`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/sources/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/sources`, body: () => ({ author: "A", title: "T", text: "Some words." }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/sources/preview/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/sources/preview`, body: () => ({ text: "Some words to preview." }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/sources/[sourceId]/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/sources/${i.source}`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/sources/[sourceId]/revisions/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/sources/${i.source}/revisions`, body: () => ({ version: 1, text: "Alpha beta gamma. Delta epsilon, revised." }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/sources/[sourceId]/suggestions/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/sources/${i.source}/suggestions`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/sources/[sourceId]/suggestions/dismissals/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/sources/${i.source}/suggestions/dismissals`, body: (i) => ({ revisionId: i.revision, start: 0, end: 17, exact: "Alpha beta gamma." }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/sources/[sourceId]/suggestions/dismissals/[dismissalId]/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/sources/${i.source}/suggestions/dismissals/${i.dismissal}`, minRole: "editor" },
  { file: "workspaces/[workspaceId]/anchors/[anchorId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/anchors/${i.anchor}`, body: () => ({ version: 1, confirm: true }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/search/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/search?q=${encodeURIComponent('alpha "(')}`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/claims/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/claims`, body: () => ({ text: "A claim" }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/claims/[claimId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/claims/${i.claim}`, body: () => ({ version: 1, text: "Changed" }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/claims/[claimId]/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/claims/${i.claim}`, minRole: "editor" },
  { file: "workspaces/[workspaceId]/edges/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/edges`, body: (i) => ({ from: i.claim, to: i.other, kind: "oppose" }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/edges/[edgeId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/edges/${i.edge}`, body: () => ({ version: 1, note: "x" }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/edges/[edgeId]/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/edges/${i.edge}`, minRole: "editor" },
  { file: "workspaces/[workspaceId]/edges/[edgeId]/premises/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/edges/${i.edge}/premises`, body: () => ({ version: 1, unstated: "An assumption" }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/edges/[edgeId]/critical-questions/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/edges/${i.edge}/critical-questions`, body: () => ({ scheme: "expert-opinion", question: "field", text: "Outside their field" }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/edges/[edgeId]/premises/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/edges/${i.edge}/premises`, body: (i) => ({ version: 1, claimId: i.claim }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/reasons/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/reasons`, body: (i) => ({ text: "A reason", kind: "oppose", to: i.other }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/edges/[edgeId]/conclusion/route.ts", method: "PUT", path: (i) => `/api/workspaces/${i.ws}/edges/${i.edge}/conclusion`, body: (i) => ({ version: 1, conclusion: i.other }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/members/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/members`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/members/[memberId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/members/${i.ownerMembership}`, body: () => ({ role: "viewer" }), minRole: "owner" },
  { file: "workspaces/[workspaceId]/members/[memberId]/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/members/${i.ownerMembership}`, minRole: "owner" },
  { file: "workspaces/[workspaceId]/invitations/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/invitations`, minRole: "owner" },
  { file: "workspaces/[workspaceId]/invitations/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/invitations`, body: () => ({ role: "viewer" }), minRole: "owner" },
  { file: "workspaces/[workspaceId]/invitations/[invitationId]/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/invitations/${i.invitation}`, minRole: "owner" },
  { file: "workspaces/[workspaceId]/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}`, body: () => ({ blindStances: false }), minRole: "owner" },
  { file: "workspaces/[workspaceId]/stances/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/stances`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/members/[memberId]/stances/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/members/${i.ownerMembership}/stances`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/claims/[claimId]/stance/route.ts", method: "PUT", path: (i) => `/api/workspaces/${i.ws}/claims/${i.other}/stance`, body: () => ({ value: "unsure" }), minRole: "viewer" },
  { file: "workspaces/[workspaceId]/claims/[claimId]/stance/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/claims/${i.other}/stance`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/events/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/events`, minRole: "viewer", stream: true },
  { file: "workspaces/[workspaceId]/activity/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/activity`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/claims/[claimId]/revisions/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/claims/${i.claim}/revisions`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/trash/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/trash`, minRole: "owner" },
  { file: "workspaces/[workspaceId]/trash/[claimId]/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/trash/${i.claim}`, minRole: "owner" },
  { file: "workspaces/[workspaceId]/undo/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/undo`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/undo/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/undo`, minRole: "editor" },
  { file: "workspaces/[workspaceId]/layout/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/layout`, body: (i) => ({ algorithm: "layered", positions: { [i.claim]: { x: 10, y: 20 } } }), minRole: "editor" },
  // Outside any workspace: whoever holds the link may look at it; only the signed-out are refused here.
  { file: "invitations/[token]/route.ts", method: "GET", path: (i) => `/api/invitations/${i.token}`, minRole: null },
  { file: "invitations/[token]/route.ts", method: "POST", path: (i) => `/api/invitations/${i.token}`, minRole: null },
  { file: "me/invitations/route.ts", method: "GET", path: () => "/api/me/invitations", minRole: null },
  { file: "me/invitations/[invitationId]/route.ts", method: "POST", path: (i) => `/api/me/invitations/${i.invitation}`, body: () => ({ answer: "decline" }), minRole: null },
  { file: "workspaces/[workspaceId]/comments/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/comments?claimId=${i.claim}&markRead=1`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/comments/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/comments?claimId=${i.claim}`, body: () => ({ body: "A comment" }), minRole: "commenter" },
  { file: "workspaces/[workspaceId]/comments/summary/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/comments/summary`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/comments/[commentId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/comments/${i.comment}`, body: () => ({ hidden: true }), minRole: "owner" },
  // Editing and deleting are for the comment's author only; the shared comment is the owner's, so
  // every other role must be refused (commenters may edit their own: tests/integration/comments.test.ts).
  { file: "workspaces/[workspaceId]/comments/[commentId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/comments/${i.comment}`, body: () => ({ version: 1, body: "Edited" }), minRole: "owner" },
  { file: "workspaces/[workspaceId]/comments/[commentId]/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/comments/${i.comment}`, minRole: "owner" },
  { file: "workspaces/[workspaceId]/briefs/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/briefs`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/briefs/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/briefs`, body: (i) => ({ thesisId: i.other, side: "against" }), minRole: "commenter" },
  { file: "workspaces/[workspaceId]/briefs/[briefId]/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/briefs/${i.brief}?semantics=qe`, minRole: "viewer" },
  // Renaming and deleting are for the brief's author; the shared brief is the owner's.
  { file: "workspaces/[workspaceId]/briefs/[briefId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/briefs/${i.brief}`, body: () => ({ version: 1, title: "Renamed" }), minRole: "owner" },
  { file: "workspaces/[workspaceId]/briefs/[briefId]/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/briefs/${i.brief}`, minRole: "owner" },
  { file: "workspaces/[workspaceId]/briefs/[briefId]/snapshots/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/briefs/${i.brief}/snapshots`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/briefs/[briefId]/snapshots/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/briefs/${i.brief}/snapshots`, minRole: "commenter" },
  { file: "workspaces/[workspaceId]/briefs/[briefId]/snapshots/[snapshotId]/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/briefs/${i.brief}/snapshots/${i.snapshot}`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/briefs/[briefId]/export/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/briefs/${i.brief}/export?snapshot=${i.snapshot}`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/debates/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/debates`, minRole: "viewer" },
  // Sides in a group decide who may read which brief: owners only.
  { file: "workspaces/[workspaceId]/debates/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/debates`, body: (i) => ({ thesisId: i.other, for: [i.ownerMembership], against: [] }), minRole: "owner" },
  { file: "workspaces/[workspaceId]/debates/[debateId]/route.ts", method: "PATCH", path: (i) => `/api/workspaces/${i.ws}/debates/${i.debate}`, body: (i) => ({ version: 1, for: [], against: [i.ownerMembership] }), minRole: "owner" },
  { file: "workspaces/[workspaceId]/debates/[debateId]/reveal/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/debates/${i.debate}/reveal`, body: () => ({ version: 1 }), minRole: "owner" },
  { file: "workspaces/[workspaceId]/equivalences/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/equivalences`, body: (i) => ({ claimIds: [i.claim, i.other] }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/equivalences/candidates/route.ts", method: "GET", path: (i) => `/api/workspaces/${i.ws}/equivalences/candidates?text=${encodeURIComponent("The first claim")}`, minRole: "viewer" },
  { file: "workspaces/[workspaceId]/claims/[claimId]/equivalence/route.ts", method: "DELETE", path: (i) => `/api/workspaces/${i.ws}/claims/${i.claim}/equivalence`, body: () => ({ version: 1 }), minRole: "editor" },
  { file: "workspaces/[workspaceId]/briefs/[briefId]/answers/route.ts", method: "POST", path: (i) => `/api/workspaces/${i.ws}/briefs/${i.brief}/answers`, body: (i) => ({ objectionId: i.claim, text: "An answer" }), minRole: "editor" },
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
  if (route.stream) return callStream(ctx, url);
  const data = route.body?.(ids);
  // A kept-alive socket the server has just closed fails as "socket hang up"; that is transport, not
  // the answer under test, so the call is made once more on a fresh connection.
  const response = await ctx.fetch(url, { method: route.method, data }).catch((error: Error) => {
    if (!/ECONNRESET|socket hang up/.test(error.message)) throw error;
    return ctx.fetch(url, { method: route.method, data });
  });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  return { status: response.status(), body };
}

/** Open a never-ending response with the context's cookies, read its status and hang up. */
async function callStream(ctx: APIRequestContext, url: string) {
  const cookie = (await ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const abort = new AbortController();
  const response = await fetch(`${BASE_URL}${url}`, { headers: { cookie }, signal: abort.signal });
  const body = response.headers.get("content-type")?.includes("json") ? ((await response.json()) as { error?: { code: string; message: string } }) : null;
  abort.abort();
  return { status: response.status, body };
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
    const { revisionId } = (await (await owner.get(`/api/workspaces/${ws.id}/sources/${source.id}/suggestions`)).json()) as { revisionId: string };
    const dismissal = (await (await owner.post(`/api/workspaces/${ws.id}/sources/${source.id}/suggestions/dismissals`, { data: { revisionId, start: 18, end: 32, exact: "Delta epsilon." } })).json()) as { id: string };
    const a = (await (await owner.post(`/api/workspaces/${ws.id}/claims`, { data: { text: "First", anchor: { sourceId: source.id, exact: "Alpha beta" } } })).json()) as { id: string; anchorId: string };
    const b = (await (await owner.post(`/api/workspaces/${ws.id}/claims`, { data: { text: "Second" } })).json()) as { id: string };
    const edge = (await (await owner.post(`/api/workspaces/${ws.id}/edges`, { data: { from: a.id, to: b.id, kind: "support" } })).json()) as { id: string };
    const members = (await (await owner.get(`/api/workspaces/${ws.id}/members`)).json()) as { members: { id: string; isYou: boolean }[] };
    const invitation = (await (await owner.post(`/api/workspaces/${ws.id}/invitations`, { data: { role: "viewer" } })).json()) as { id: string; token: string };
    const comment = (await (await owner.post(`/api/workspaces/${ws.id}/comments?claimId=${a.id}`, { data: { body: "The owner's comment" } })).json()) as { id: string };
    // The brief argues against "Second", which "First" supports: "First" is an objection to answer.
    const brief = (await (await owner.post(`/api/workspaces/${ws.id}/briefs`, { data: { thesisId: b.id, side: "against" } })).json()) as { id: string };
    const snapshot = (await (await owner.post(`/api/workspaces/${ws.id}/briefs/${brief.id}/snapshots`)).json()) as { id: string };
    const ownerMembership = members.members.find((m) => m.isYou)!.id;
    const debate = (await (await owner.post(`/api/workspaces/${ws.id}/debates`, { data: { thesisId: b.id, for: [ownerMembership], against: [] } })).json()) as { id: string };
    ids = {
      ws: ws.id, source: source.id, revision: revisionId, dismissal: dismissal.id, anchor: a.anchorId, claim: a.id, other: b.id, edge: edge.id,
      ownerMembership: members.members.find((m) => m.isYou)!.id, invitation: invitation.id, token: invitation.token, comment: comment.id,
      brief: brief.id, snapshot: snapshot.id, debate: debate.id,
    };

    for (const role of ["viewer", "commenter", "editor", "stranger"] as const) {
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
    for (const route of ROUTES.filter((r) => r.minRole !== null)) {
      const { status } = await call(contexts.stranger!, route, ids);
      expect({ route: `${route.method} ${route.file}`, status }).toEqual({ route: `${route.method} ${route.file}`, status: 404 });
    }
  });

  // Viewers and commenters call every workspace route; editors only those above them (their own
  // writes would consume the shared ids). Allowed calls must not be refused; the rest get 403.
  for (const role of ["viewer", "commenter", "editor"] as const) {
    test(`${role === "editor" ? "an" : "a"} ${role} is refused with 403 exactly where the role does not allow it`, async () => {
      const routes = ROUTES.filter((r) => r.minRole !== null && (role !== "editor" || !allows("editor", r)));
      for (const route of routes) {
        const { status } = await call(contexts[role]!, route, ids);
        const label = `${route.method} ${route.file}`;
        if (allows(role, route)) expect({ route: label, refused: [401, 403, 404].includes(status) }).toEqual({ route: label, refused: false });
        else expect({ route: label, status }).toEqual({ route: label, status: 403 });
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
    for (const url of [`/w/${ids.ws}/map`, `/w/${ids.ws}/disagreements`, `/w/${ids.ws}/sources`, `/w/${ids.ws}/sources/${ids.source}`, `/w/${ids.ws}/sources/${ids.source}/revise`, `/w/${ids.ws}/search?q=alpha`, `/w/${ids.ws}/briefs`, `/w/${ids.ws}/briefs/${ids.brief}`, `/w/${ids.ws}/debates/new?thesis=${ids.other}`, `/w/${ids.ws}/debates/${ids.debate}`]) {
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

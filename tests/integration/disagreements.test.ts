import { GET } from "@/app/api/workspaces/[workspaceId]/disagreements/route";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/auth";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { deleteEdge } from "@/lib/server/services/inferences/delete-edge";
import { getDisagreements } from "@/lib/server/services/map/get-disagreements";
import { importSource } from "@/lib/server/services/sources/import-source";
import { makeUser, makeWorkspace } from "./fixtures";

// The route reads the session through next-auth, which needs a Next request; the tests choose the
// signed-in user (or none) here and call the real handler (ts-jest hoists jest.mock above the imports).
let mockSessionUser: SessionUser | null = null;
jest.mock("@/lib/server/auth", () => ({ getSessionUser: async () => mockSessionUser }));

/** Three short texts written for these tests; each quote below sits in its second paragraph. */
const TEXTS = {
  critic: {
    meta: { author: "Ada Critic", title: "Against the new order", year: 1990 },
    text: "This essay begins with a word on method.\n\nThe new order was a copy of the old empire in every way that matters.\n\nA last paragraph closes the essay.",
  },
  defender: {
    meta: { author: "Bo Defender", title: "The new order", year: 1980 },
    text: "Opening words about sources and archives.\n\nThe new order broke with the old empire by sharing power with the workers.\n\nLater chapters describe the factories.",
  },
  third: {
    meta: { author: "Cy Third", title: "Workers and power", year: 2001 },
    text: "Some words first, before the argument.\n\nThe workers shared nothing but the name of power.\n\nThe end of the matter.",
  },
};

async function setup() {
  const ctx = await makeWorkspace(["viewer"]);
  const { owner } = ctx;
  const ws = ctx.workspace.id;
  const sources = {
    critic: await importSource(owner, ws, TEXTS.critic.meta, { text: TEXTS.critic.text }),
    defender: await importSource(owner, ws, TEXTS.defender.meta, { text: TEXTS.defender.text }),
    third: await importSource(owner, ws, TEXTS.third.meta, { text: TEXTS.third.text }),
  };
  const claim = async (text: string, source: keyof typeof sources | null, exact?: string) =>
    (await createClaim(owner, ws, { text, anchor: source ? { sourceId: sources[source].id, exact } : null })).id;
  const claims = {
    copy: await claim("The new order copied the old empire.", "critic", "a copy of the old empire"),
    broke: await claim("The new order broke with the old empire.", "defender", "broke with the old empire"),
    sharing: await claim("Power was shared with the workers.", "defender", "sharing power with the workers"),
    nothing: await claim("Workers shared only the name of power.", "third", "shared nothing but the name of power"),
    own: await claim("A member's own reading.", null),
  };
  return { ...ctx, ws, sources, claims };
}

/** An inference written straight to the database: undercuts and linked premises have no API yet. */
async function insertInference(ws: string, createdById: string, data: { kind: string; premises: string[]; conclusionId?: string; targetInferenceId?: string; note?: string }) {
  const inference = await db.inference.create({
    data: {
      workspaceId: ws,
      kind: data.kind,
      conclusionId: data.conclusionId ?? null,
      targetInferenceId: data.targetInferenceId ?? null,
      note: data.note ?? "",
      createdById,
      premises: { create: data.premises.map((claimId, position) => ({ claimId, position })) },
    },
  });
  return inference.id;
}

const summary = (result: Awaited<ReturnType<typeof getDisagreements>>) =>
  result.pairs.map((p) => `${p.opposingAuthor} ${p.kind} ${p.opposedAuthor}: ${p.opposing.text} / ${p.opposed.text}`);

describe("getDisagreements", () => {
  it("lists a direct opposition with both quotes, their citations and ¶, the note and the evidence", async () => {
    const { owner, ws, sources, claims } = await setup();
    await createEdge(owner, ws, {
      from: claims.copy,
      to: claims.broke,
      kind: "oppose",
      note: "Copying and breaking cannot both be true.",
      evidence: [{ sourceId: sources.third.id, exact: "the name of power", note: "Only the name was shared." }],
    });
    await createEdge(owner, ws, { from: claims.sharing, to: claims.broke, kind: "support" });

    const result = await getDisagreements(owner, ws);
    expect(summary(result)).toEqual(["Ada Critic oppose Bo Defender: The new order copied the old empire. / The new order broke with the old empire."]);
    const [pair] = result.pairs;
    expect(pair!.opposing).toMatchObject({
      quote: "a copy of the old empire",
      citation: { sourceId: sources.critic.id, author: "Ada Critic", year: 1990, title: "Against the new order", location: { kind: "paragraph", number: 2 } },
    });
    expect(pair!.opposed.citation).toMatchObject({ author: "Bo Defender", year: 1980, location: { kind: "paragraph", number: 2 } });
    expect(pair!.inference.note).toBe("Copying and breaking cannot both be true.");
    expect(pair!.inference.evidence).toEqual([
      { id: expect.any(String), note: "Only the name was shared.", quote: "the name of power", citation: expect.objectContaining({ author: "Cy Third", location: { kind: "paragraph", number: 2 } }) },
    ]);
    expect(result.groups).toEqual([expect.objectContaining({ authors: ["Ada Critic", "Bo Defender"], counts: [1, 0] })]);
    // Authors in order of their sources' years; the member's own claim has no author and no row.
    expect(result.matrix.authors).toEqual(["Bo Defender", "Ada Critic", "Cy Third"]);
    expect(result.matrix.oppose).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [0, 0, 0],
    ]);
    expect(result.matrix.support.flat().reduce((a, b) => a + b, 0)).toBe(0); // same-author support
  });

  it("sets an undercut against the author of the attacked edge's premise", async () => {
    const { owner, ws, claims } = await setup();
    const step = await createEdge(owner, ws, { from: claims.sharing, to: claims.copy, kind: "oppose" });
    await insertInference(ws, owner.id, { kind: "undercut", premises: [claims.nothing], targetInferenceId: step.id, note: "Sharing in name only proves nothing." });

    const result = await getDisagreements(owner, ws);
    expect(summary(result)).toEqual([
      "Bo Defender oppose Ada Critic: Power was shared with the workers. / The new order copied the old empire.",
      "Cy Third undercut Bo Defender: Workers shared only the name of power. / Power was shared with the workers.",
    ]);
    const undercut = result.pairs[1]!;
    expect(undercut.undercuts?.inference.id).toBe(step.id);
    expect(undercut.undercuts?.conclusion?.id).toBe(claims.copy);
    expect(undercut.inference.note).toBe("Sharing in name only proves nothing.");
  });

  it("pairs each linked premise by another author with the conclusion", async () => {
    const { owner, ws, claims } = await setup();
    await insertInference(ws, owner.id, { kind: "oppose", premises: [claims.copy, claims.nothing], conclusionId: claims.sharing });
    const result = await getDisagreements(owner, ws);
    expect(result.pairs.map((p) => [p.opposing.id, p.opposed.id, p.linkedPremises.map((c) => c.id)])).toEqual([
      [claims.copy, claims.sharing, [claims.nothing]],
      [claims.nothing, claims.sharing, [claims.copy]],
    ]);
  });

  it("counts a claim equivalent to the opposed one as opposed too", async () => {
    const { owner, ws, claims } = await setup();
    const group = await db.equivalenceGroup.create({ data: { workspaceId: ws } });
    await db.claim.updateMany({ where: { id: { in: [claims.sharing, claims.own] } }, data: { equivalenceGroupId: group.id } });
    await createEdge(owner, ws, { from: claims.nothing, to: claims.own, kind: "oppose" });
    const result = await getDisagreements(owner, ws);
    expect(summary(result)).toEqual(["Cy Third oppose Bo Defender: Workers shared only the name of power. / Power was shared with the workers."]);
    expect(result.pairs[0]!.opposedOnEdge.id).toBe(claims.own);
  });

  it("leaves out deleted edges and claims, and deleted or hidden comments", async () => {
    const { owner, ws, claims } = await setup();
    const kept = await createEdge(owner, ws, { from: claims.copy, to: claims.broke, kind: "oppose" });
    const removed = await createEdge(owner, ws, { from: claims.copy, to: claims.sharing, kind: "oppose" });
    await createEdge(owner, ws, { from: claims.nothing, to: claims.copy, kind: "oppose" });
    await deleteEdge(owner, ws, removed.id);
    await deleteClaim(owner, ws, claims.nothing);
    const comment = (body: string, extra: { deletedAt?: Date; hiddenAt?: Date } = {}) =>
      db.comment.create({ data: { workspaceId: ws, inferenceId: kept.id, authorId: owner.id, body, ...extra } });
    await comment("Worth a seminar of its own.");
    await comment("Withdrawn remark.", { deletedAt: new Date() });
    await comment("Off-topic remark.", { hiddenAt: new Date() });
    await db.comment.create({ data: { workspaceId: ws, claimId: claims.broke, authorId: owner.id, body: "Check the 1980 edition." } });

    const result = await getDisagreements(owner, ws);
    expect(result.pairs.map((p) => p.inference.id)).toEqual([kept.id]);
    expect(result.pairs[0]!.inference.comments.map((c) => c.body)).toEqual(["Worth a seminar of its own."]);
    expect(result.pairs[0]!.opposed.comments.map((c) => c.body)).toEqual(["Check the 1980 edition."]);
    expect(result.matrix.authors).not.toContain("Cy Third");
  });

  it("says how many oppositions involve a member's own claim or a single author", async () => {
    const { owner, ws, claims } = await setup();
    await createEdge(owner, ws, { from: claims.own, to: claims.copy, kind: "oppose" });
    await createEdge(owner, ws, { from: claims.sharing, to: claims.broke, kind: "oppose" });
    const result = await getDisagreements(owner, ws);
    expect(result.pairs).toEqual([]);
    expect(result.skipped).toEqual({ unattributed: 1, sameAuthor: 1 });
  });

  it("lets a viewer read and gives a non-member NOT_FOUND", async () => {
    const { ws, members } = await setup();
    const outsider = await makeUser("outsider");
    await expect(getDisagreements(members.viewer!, ws)).resolves.toMatchObject({ pairs: [] });
    await expect(getDisagreements(outsider, ws)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("GET /api/workspaces/:id/disagreements", () => {
  const call = (workspaceId: string) => GET(new Request(`http://agon.test/api/workspaces/${workspaceId}/disagreements`), { params: Promise.resolve({ workspaceId }) });
  const asSession = (user: { id: string; email: string }): SessionUser => ({ id: user.id, email: user.email, name: null });

  afterEach(() => {
    mockSessionUser = null;
  });

  it("answers a member with pairs, groups and the matrix", async () => {
    const { owner, ws, claims } = await setup();
    await createEdge(owner, ws, { from: claims.copy, to: claims.broke, kind: "oppose" });
    mockSessionUser = asSession(owner);
    const response = await call(ws);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { pairs: { opposing: { id: string } }[]; groups: { authors: string[] }[]; matrix: { authors: string[]; oppose: number[][]; support: number[][] } };
    expect(body.pairs.map((p) => p.opposing.id)).toEqual([claims.copy]);
    expect(body.groups.map((g) => g.authors)).toEqual([["Ada Critic", "Bo Defender"]]);
    expect(body.matrix.oppose[1]![0]).toBe(1);
  });

  it("refuses a signed-out caller with 401 and a non-member with 404", async () => {
    const { ws } = await setup();
    const signedOut = await call(ws);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    mockSessionUser = asSession(await makeUser("outsider"));
    const stranger = await call(ws);
    expect(stranger.status).toBe(404);
    expect(await stranger.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

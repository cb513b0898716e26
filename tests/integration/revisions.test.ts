import { db, isPostgresUrl } from "@/lib/server/db";
import { confirmAnchor } from "@/lib/server/services/anchors/confirm-anchor";
import { reattachAnchor } from "@/lib/server/services/anchors/reattach-anchor";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { createEdge } from "@/lib/server/services/inferences/create-edge";
import { getSource } from "@/lib/server/services/sources/get-source";
import { importSource } from "@/lib/server/services/sources/import-source";
import { listSources } from "@/lib/server/services/sources/list-sources";
import { reviseSource } from "@/lib/server/services/sources/revise-source";
import { makeWorkspace } from "./fixtures";

const META = { author: "Ann Author", title: "Three paragraphs on the state", year: 1971 };

const KEPT = "The first paragraph says that the state is an instrument of the ruling class and nothing besides.";
const DOOMED = "The second paragraph, which the editor will delete, holds that reform is impossible within it.";
const TYPO = "The third paragraph argues that revolution must come from the masses and not from a vanguard party.";
const FIXED = TYPO.replace("masses", "massses");
const LAST = "A last paragraph reminds the reader that every reading of a text is itself a political act.";
// The imported text has a typo ("massses") that the revision corrects.
const ORIGINAL = [KEPT, DOOMED, FIXED, LAST].join("\n\n");
const REVISED = [KEPT, TYPO, LAST].join("\n\n");

async function seeded() {
  const ctx = await makeWorkspace(["viewer", "commenter", "editor"]);
  const { owner, workspace } = ctx;
  const source = await importSource(owner, workspace.id, META, { text: ORIGINAL });
  const kept = await createClaim(owner, workspace.id, { text: "The state serves the ruling class", anchor: { sourceId: source.id, exact: "the state is an instrument of the ruling class" } });
  const doomed = await createClaim(owner, workspace.id, { text: "Reform is impossible", anchor: { sourceId: source.id, exact: "reform is impossible within it" } });
  const typo = await createClaim(owner, workspace.id, {
    text: "Revolution comes from the masses",
    anchor: { sourceId: source.id, exact: "revolution must come from the massses and not from a vanguard party" },
  });
  const edge = await createEdge(owner, workspace.id, { from: doomed.id, to: kept.id, kind: "support", evidence: [{ sourceId: source.id, exact: "every reading of a text is itself a political act" }] });
  return { ...ctx, source, kept, doomed, typo, edge };
}

async function anchorOf(claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { anchor: { include: { revision: true } } } });
  return claim.anchor!;
}

/** A trigger that makes the database refuse any update of one anchor; returns its removal. */
async function failUpdatesOfAnchor(anchorId: string): Promise<() => Promise<unknown>> {
  if (isPostgresUrl(process.env.DATABASE_URL!)) {
    await db.$executeRawUnsafe(`CREATE FUNCTION fail_one_anchor() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_one_anchor BEFORE UPDATE ON "Anchor" FOR EACH ROW WHEN (NEW."id" = '${anchorId}') EXECUTE FUNCTION fail_one_anchor()`);
    return () => db.$executeRawUnsafe(`DROP FUNCTION fail_one_anchor CASCADE`);
  }
  await db.$executeRawUnsafe(`CREATE TRIGGER fail_one_anchor BEFORE UPDATE ON "Anchor" WHEN NEW."id" = '${anchorId}' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
  return () => db.$executeRawUnsafe("DROP TRIGGER fail_one_anchor");
}

describe("revising a source", () => {
  it("stores revision 2, re-anchors every claim and evidence quote, orphans the deleted passage and reports the counts", async () => {
    const { owner, workspace, source, kept, doomed, typo } = await seeded();
    const before = await anchorOf(doomed.id);
    const result = await reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: REVISED });

    expect(result).toMatchObject({ revisionNumber: 2, version: 2, anchors: { exact: 2, fuzzy: 1, orphaned: 1 } });
    const row = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(row.currentRevisionId).toBe(result.revisionId);

    const keptAnchor = await anchorOf(kept.id);
    expect(keptAnchor).toMatchObject({ status: "anchored", revisionId: result.revisionId, madeOnRevision: 1, version: 2 });
    expect(REVISED.slice(keptAnchor.start, keptAnchor.end)).toBe("the state is an instrument of the ruling class");

    const typoAnchor = await anchorOf(typo.id);
    expect(typoAnchor).toMatchObject({ status: "fuzzy", revisionId: result.revisionId, exact: "revolution must come from the masses and not from a vanguard party" });
    expect(typoAnchor.previousExact).toBe("revolution must come from the massses and not from a vanguard party");

    // Orphaned: not moved, not dropped: the old quote, offsets and revision stay.
    const orphan = await anchorOf(doomed.id);
    expect(orphan).toMatchObject({ status: "orphaned", exact: before.exact, start: before.start, end: before.end, revisionId: before.revisionId, version: 2 });
    expect(orphan.revision.number).toBe(1);

    const evidence = await db.evidence.findFirstOrThrow({ include: { anchor: true }, where: { inference: { workspaceId: workspace.id } } });
    expect(evidence.anchor).toMatchObject({ status: "anchored", revisionId: result.revisionId });

    const activity = await db.activity.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "revised" } });
    expect(JSON.parse(activity.data)).toMatchObject({ revision: 2, anchors: { exact: 2, fuzzy: 1, orphaned: 1 } });
  });

  it("lists the orphan (and not the placed claims) for review, keeps it out of the reader's highlights, and counts it in the source list", async () => {
    const { owner, workspace, source, doomed, typo } = await seeded();
    await reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: REVISED });
    const reader = await getSource(owner, workspace.id, source.id);
    expect(reader).toMatchObject({ revisionNumber: 2, revisionCount: 2, isCurrent: true, version: 2 });
    expect(reader.claims.map((c) => c.id)).not.toContain(doomed.id);
    expect(reader.claims.find((c) => c.id === typo.id)).toMatchObject({ status: "fuzzy", madeOnRevision: 1 });
    // The typo fix scores high (same words but one letter, context intact): placed, not put up for review.
    expect(reader.review.map((r) => r.claim?.id)).toEqual([doomed.id]);
    expect(reader.review[0]).toMatchObject({ status: "orphaned", exact: "reform is impossible within it", revisionNumber: 1 });
    const [summary] = await listSources(owner, workspace.id);
    expect(summary).toMatchObject({ reviewCount: 1, revisionCount: 2 });

    const older = await getSource(owner, workspace.id, source.id, { revision: 1 });
    expect(older).toMatchObject({ revisionNumber: 1, isCurrent: false, review: [] });
    expect(older.text).toBe(ORIGINAL);
    expect(older.claims.map((c) => c.id)).toEqual([doomed.id]);
    await expect(getSource(owner, workspace.id, source.id, { revision: 3 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("re-attaches an orphan to words selected in the current revision, and confirms a moved one", async () => {
    const { owner, workspace, source, doomed, typo } = await seeded();
    const revised = await reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: REVISED });
    const orphan = await anchorOf(doomed.id);
    const start = REVISED.indexOf("from a vanguard party");
    const reattached = await reattachAnchor(owner, workspace.id, orphan.id, {
      version: orphan.version,
      revisionId: revised.revisionId,
      start,
      end: start + 21,
      exact: "from a vanguard party",
    });
    expect(reattached).toMatchObject({ status: "anchored", version: orphan.version + 1 });
    expect(await anchorOf(doomed.id)).toMatchObject({ status: "anchored", exact: "from a vanguard party", revisionId: revised.revisionId, score: 1 });

    const moved = await anchorOf(typo.id);
    await confirmAnchor(owner, workspace.id, moved.id, { version: moved.version, confirm: true });
    expect(await anchorOf(typo.id)).toMatchObject({ status: "anchored", previousExact: null });
    expect((await getSource(owner, workspace.id, source.id)).review).toEqual([]);
    expect(await db.activity.count({ where: { workspaceId: workspace.id, action: "reanchored" } })).toBe(2);
  });

  it("tries an orphan again at the next revision and places it when its words come back", async () => {
    const { owner, workspace, source, doomed } = await seeded();
    await reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: REVISED });
    const third = await reviseSource(owner, workspace.id, source.id, { version: 2 }, { text: ORIGINAL.replace("massses", "masses") });
    expect(third).toMatchObject({ revisionNumber: 3, anchors: { orphaned: 0 } });
    expect(await anchorOf(doomed.id)).toMatchObject({ status: "anchored", revisionId: third.revisionId });
  });

  it("refuses a stale version and writes nothing", async () => {
    const { owner, members, workspace, source } = await seeded();
    await reviseSource(members.editor!, workspace.id, source.id, { version: 1 }, { text: REVISED });
    await expect(reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: ORIGINAL })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.sourceRevision.count({ where: { sourceId: source.id } })).toBe(2);
    await expect(reviseSource(owner, workspace.id, source.id, {}, { text: ORIGINAL })).rejects.toThrow(/version/);
  });

  it("refuses viewers, commenters, strangers and other workspaces' ids", async () => {
    const { members, workspace, source, doomed } = await seeded();
    const other = await makeWorkspace();
    for (const role of ["viewer", "commenter"] as const) {
      await expect(reviseSource(members[role]!, workspace.id, source.id, { version: 1 }, { text: REVISED })).rejects.toMatchObject({ code: "FORBIDDEN" });
      const orphan = await anchorOf(doomed.id);
      await expect(confirmAnchor(members[role]!, workspace.id, orphan.id, { version: 1, confirm: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(reviseSource(other.owner, workspace.id, source.id, { version: 1 }, { text: REVISED })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Their own workspace, our source and anchor ids: not found, as if they did not exist.
    await expect(reviseSource(other.owner, other.workspace.id, source.id, { version: 1 }, { text: REVISED })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const orphan = await anchorOf(doomed.id);
    await expect(reattachAnchor(other.owner, other.workspace.id, orphan.id, { version: 1, revisionId: "x", start: 0, end: 3, exact: "The" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.sourceRevision.count({ where: { sourceId: source.id } })).toBe(1);
  });

  it("refuses a re-attachment to words that do not match the current revision, or at a stale version", async () => {
    const { owner, workspace, source, doomed } = await seeded();
    const revised = await reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: REVISED });
    const orphan = await anchorOf(doomed.id);
    await expect(reattachAnchor(owner, workspace.id, orphan.id, { version: orphan.version, revisionId: revised.revisionId, start: 0, end: 9, exact: "Something" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reattachAnchor(owner, workspace.id, orphan.id, { version: orphan.version, revisionId: "old", start: 0, end: 3, exact: "The" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reattachAnchor(owner, workspace.id, orphan.id, { version: orphan.version - 1, revisionId: revised.revisionId, start: 0, end: 3, exact: "The" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(confirmAnchor(owner, workspace.id, orphan.id, { version: orphan.version, confirm: true })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await anchorOf(doomed.id)).toMatchObject({ status: "orphaned", version: orphan.version });
  });

  it("leaves nothing half-done when a write fails part-way through the transaction", async () => {
    const { owner, workspace, source, doomed, kept } = await seeded();
    const failing = await anchorOf(doomed.id);
    // Make the database refuse the update of one anchor, after the revision row and other anchors were written.
    const removeFailure = await failUpdatesOfAnchor(failing.id);
    try {
      await expect(reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: REVISED })).rejects.toThrow();
    } finally {
      await removeFailure();
    }
    const row = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { currentRevision: true } });
    expect(row).toMatchObject({ version: 1 });
    expect(row.currentRevision!.number).toBe(1);
    expect(await db.sourceRevision.count({ where: { sourceId: source.id } })).toBe(1);
    expect(await anchorOf(kept.id)).toMatchObject({ status: "anchored", version: 1, revisionId: row.currentRevisionId });
    expect(await db.activity.count({ where: { workspaceId: workspace.id, action: "revised" } })).toBe(0);
  });

  it("re-anchors a trashed claim too, so it is right if restored, but leaves it out of the counts and the review", async () => {
    const { owner, workspace, source, doomed } = await seeded();
    await deleteClaim(owner, workspace.id, doomed.id);
    const result = await reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: REVISED });
    // Its edge went to the trash with it, so the evidence quote is not counted either.
    expect(result.anchors).toEqual({ exact: 1, fuzzy: 1, orphaned: 0 });
    expect((await anchorOf(doomed.id)).status).toBe("orphaned");
    expect((await getSource(owner, workspace.id, source.id)).review).toEqual([]);
  });

  it("refuses a file the pipeline refuses, with nothing saved", async () => {
    const { owner, workspace, source } = await seeded();
    await expect(reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: "  \n " })).rejects.toThrow(/empty/);
    expect(await db.sourceRevision.count({ where: { sourceId: source.id } })).toBe(1);
  });
});

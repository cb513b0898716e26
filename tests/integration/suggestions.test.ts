import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { importSource } from "@/lib/server/services/sources/import-source";
import { reviseSource } from "@/lib/server/services/sources/revise-source";
import { dismissSuggestion, listSuggestions, restoreSuggestion } from "@/lib/server/services/sources/suggest-claims";
import { makeUser, makeWorkspace } from "./fixtures";

const THESIS = "I argue that the party committees, not the managers, held real power in the factories.";
const CONCLUSION = "The party committees therefore decided every question of weight in the factories, and the managers only carried out their decisions.";
const TEXT = [
  "Introduction",
  "",
  `The factories of Shanghai changed hands many times after 1949. ${THESIS}`,
  "",
  "The Record",
  "",
  "In 1953 the ministry sent new managers to the largest mills. The managers kept the accounts and signed the orders each month. Workers in the mills remembered them as distant figures in the offices.",
  "",
  "The weather that winter was cold and the rivers froze near the docks. Coal was short in every district of the city for several weeks.",
  "",
  "Conclusion",
  "",
  CONCLUSION,
].join("\n");

async function seeded() {
  const ctx = await makeWorkspace(["viewer", "commenter", "editor"]);
  const source = await importSource(ctx.owner, ctx.workspace.id, { author: "Ann Author", title: "Factories", year: 1980 }, { text: TEXT });
  return { ...ctx, source };
}

const sentences = (list: { sentence: string }[]) => list.map((s) => s.sentence);

describe("claim suggestions", () => {
  it("lists ranked sentences of the current revision with reasons and context, for any member", async () => {
    const { members, workspace, source } = await seeded();
    const result = await listSuggestions(members.viewer!, workspace.id, source.id);
    expect(sentences(result.suggestions)).toEqual(expect.arrayContaining([THESIS, CONCLUSION]));
    const revision = await db.sourceRevision.findUniqueOrThrow({ where: { id: result.revisionId } });
    for (const s of result.suggestions) expect(revision.normalizedText.slice(s.start, s.end)).toBe(s.sentence);
    const thesis = result.suggestions.find((s) => s.sentence === THESIS)!;
    expect(thesis.reasons).toEqual(expect.arrayContaining(["introduction section", "“I argue”"]));
    expect(thesis.before).toContain("changed hands many times");
    expect(result.dismissed).toEqual([]);
  });

  it("leaves out a sentence once a claim is anchored in it, and brings it back when that claim is deleted", async () => {
    const { owner, workspace, source } = await seeded();
    const claim = await createClaim(owner, workspace.id, { text: "Committees held power", anchor: { sourceId: source.id, exact: "held real power in the factories" } });
    expect(sentences((await listSuggestions(owner, workspace.id, source.id)).suggestions)).not.toContain(THESIS);
    await deleteClaim(owner, workspace.id, claim.id);
    expect(sentences((await listSuggestions(owner, workspace.id, source.id)).suggestions)).toContain(THESIS);
  });

  it("makes a suggestion an anchored claim through the claim service, exactly on the sentence", async () => {
    const { members, workspace, source } = await seeded();
    const { revisionId, suggestions } = await listSuggestions(members.editor!, workspace.id, source.id);
    const chosen = suggestions.find((s) => s.sentence === CONCLUSION)!;
    const created = await createClaim(members.editor!, workspace.id, { text: chosen.sentence, anchor: { sourceId: source.id, revisionId, start: chosen.start, end: chosen.end, exact: chosen.sentence } });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: created.id }, include: { anchor: true } });
    expect(claim.anchor).toMatchObject({ exact: CONCLUSION, start: chosen.start, end: chosen.end, revisionId });
    expect(sentences((await listSuggestions(members.editor!, workspace.id, source.id)).suggestions)).not.toContain(CONCLUSION);
  });

  it("dismisses a sentence for the whole workspace, says who did, survives a revision, and can be restored", async () => {
    const { owner, members, workspace, source } = await seeded();
    const { revisionId, suggestions } = await listSuggestions(members.editor!, workspace.id, source.id);
    const chosen = suggestions.find((s) => s.sentence === THESIS)!;
    const dismissal = await dismissSuggestion(members.editor!, workspace.id, source.id, { revisionId, start: chosen.start, end: chosen.end, exact: chosen.sentence });
    // Dismissing again (another member, a second tab) keeps the first decision.
    const again = await dismissSuggestion(owner, workspace.id, source.id, { revisionId, start: chosen.start, end: chosen.end, exact: chosen.sentence });
    expect(again.id).toBe(dismissal.id);

    const seenByViewer = await listSuggestions(members.viewer!, workspace.id, source.id);
    expect(sentences(seenByViewer.suggestions)).not.toContain(THESIS);
    expect(seenByViewer.dismissed).toEqual([expect.objectContaining({ id: dismissal.id, sentence: THESIS, dismissedBy: expect.stringContaining("editor") })]);
    const activity = await db.activity.findFirst({ where: { workspaceId: workspace.id, action: "hidden", entityId: source.id } });
    expect(activity?.actorId).toBe(members.editor!.id);

    // A revision moves the sentence; the dismissal goes by its words, so it still holds.
    await reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: `A new opening paragraph was added by the editor.\n\n${TEXT}` });
    expect(sentences((await listSuggestions(owner, workspace.id, source.id)).suggestions)).not.toContain(THESIS);

    await restoreSuggestion(owner, workspace.id, source.id, dismissal.id);
    const restored = await listSuggestions(owner, workspace.id, source.id);
    expect(sentences(restored.suggestions)).toContain(THESIS);
    expect(restored.dismissed).toEqual([]);
    await expect(restoreSuggestion(owner, workspace.id, source.id, dismissal.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses stale or wrong input and leaves nothing behind", async () => {
    const { owner, workspace, source } = await seeded();
    const { revisionId, suggestions } = await listSuggestions(owner, workspace.id, source.id);
    const s = suggestions[0]!;
    await expect(dismissSuggestion(owner, workspace.id, source.id, { revisionId, start: s.start, end: s.end, exact: "Other words entirely." })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(dismissSuggestion(owner, workspace.id, source.id, { revisionId: "old-revision", start: s.start, end: s.end, exact: s.sentence })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(dismissSuggestion(owner, workspace.id, source.id, { revisionId, start: s.end, end: s.start, exact: s.sentence })).rejects.toMatchObject({ name: "ZodError" });
    await expect(dismissSuggestion(owner, workspace.id, source.id, { revisionId, start: 10 ** 9, end: 10 ** 9 + 5, exact: "words" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(dismissSuggestion(owner, workspace.id, "no-such-source", { revisionId, start: s.start, end: s.end, exact: s.sentence })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listSuggestions(owner, workspace.id, source.id, { limit: "500" })).rejects.toMatchObject({ name: "ZodError" });
    expect(await db.suggestionDismissal.count({ where: { sourceId: source.id } })).toBe(0);
  });

  it("lets viewers and commenters read suggestions but not dismiss or restore, and hides other workspaces' sources", async () => {
    const { owner, members, workspace, source } = await seeded();
    const { revisionId, suggestions } = await listSuggestions(owner, workspace.id, source.id);
    const s = suggestions[0]!;
    const input = { revisionId, start: s.start, end: s.end, exact: s.sentence };
    for (const role of ["viewer", "commenter"] as const) {
      await expect(dismissSuggestion(members[role]!, workspace.id, source.id, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const dismissal = await dismissSuggestion(owner, workspace.id, source.id, input);
    await expect(restoreSuggestion(members.commenter!, workspace.id, source.id, dismissal.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const stranger = await makeUser("stranger");
    await expect(listSuggestions(stranger, workspace.id, source.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A source of another workspace, asked for through a workspace one belongs to.
    const other = await makeWorkspace();
    const otherSource = await importSource(other.owner, other.workspace.id, { author: "B", title: "Other" }, { text: TEXT });
    await expect(listSuggestions(owner, workspace.id, otherSource.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreSuggestion(other.owner, other.workspace.id, otherSource.id, dismissal.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

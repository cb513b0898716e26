import { db } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { importSource } from "@/lib/server/services/sources/import-source";
import { findEquivalentCandidates } from "@/lib/server/services/equivalence/find-equivalent-candidates";
import { markEquivalent } from "@/lib/server/services/equivalence/mark-equivalent";
import { separateClaim } from "@/lib/server/services/equivalence/separate-claim";
import { getMap } from "@/lib/server/services/map/get-map";
import { makeWorkspace } from "./fixtures";

/** One after the other: the map lists claims by creation, which parallel inserts leave undecided. */
async function createClaims(owner: { id: string }, workspaceId: string, texts: string[]) {
  const created: { id: string }[] = [];
  for (const text of texts) created.push(await createClaim(owner, workspaceId, { text }));
  return created;
}

const groupsOf = async (owner: { id: string }, workspaceId: string) =>
  (await getMap(owner, workspaceId)).equivalenceGroups!.map((g) => [...g.claimIds].sort()).sort();

describe("equivalence: claims stating one proposition", () => {
  it("marks claims as one proposition, merges groups, shows them on the map and logs the change", async () => {
    const { owner, workspace } = await makeWorkspace();
    const [a, b, c, d] = await createClaims(owner, workspace.id, ["Alpha says the state serves a class", "Beta says the state serves the ruling class", "Gamma", "Delta"]);
    const first = await markEquivalent(owner, workspace.id, { claimIds: [a!.id, b!.id] });
    expect(first.claimIds.sort()).toEqual([a!.id, b!.id].sort());
    const second = await markEquivalent(owner, workspace.id, { claimIds: [c!.id, d!.id] });
    // A member of each group: both groups become one proposition of four claims.
    const merged = await markEquivalent(owner, workspace.id, { claimIds: [b!.id, c!.id] });
    expect(merged.claimIds.sort()).toEqual([a!.id, b!.id, c!.id, d!.id].sort());
    expect(await db.equivalenceGroup.count({ where: { workspaceId: workspace.id } })).toBe(1);
    expect([first.groupId, second.groupId]).toContain(merged.groupId);
    const map = await getMap(owner, workspace.id);
    expect(map.equivalenceGroups).toEqual([{ id: merged.groupId, version: merged.version, claimIds: [a!.id, b!.id, c!.id, d!.id] }]);
    expect(map.claims.every((claim) => claim.equivalenceGroupId === merged.groupId)).toBe(true);
    const activity = await db.activity.findMany({ where: { workspaceId: workspace.id, entityType: "equivalence" } });
    expect(activity).toHaveLength(3);
    expect(activity.map((row) => row.summary)).toContainEqual(expect.stringMatching(/^marked “Alpha says .*” and “Beta says .*” as the same proposition$/));
    await expect(markEquivalent(owner, workspace.id, { claimIds: [a!.id, d!.id] })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses fewer than two claims, repeats, unknown ids, deleted claims and other workspaces' claims, changing nothing", async () => {
    const { owner, workspace } = await makeWorkspace();
    const other = await makeWorkspace();
    const a = await createClaim(owner, workspace.id, { text: "A" });
    const b = await createClaim(owner, workspace.id, { text: "B" });
    const gone = await createClaim(owner, workspace.id, { text: "Gone" });
    await deleteClaim(owner, workspace.id, gone.id);
    const foreign = await createClaim(other.owner, other.workspace.id, { text: "Elsewhere" });
    await expect(markEquivalent(owner, workspace.id, { claimIds: [a.id] })).rejects.toThrow(/at least two/);
    await expect(markEquivalent(owner, workspace.id, { claimIds: [a.id, a.id] })).rejects.toThrow(/only once/);
    await expect(markEquivalent(owner, workspace.id, { claimIds: "x" })).rejects.toThrow();
    await expect(markEquivalent(owner, workspace.id, { claimIds: [a.id, "no-such-claim"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markEquivalent(owner, workspace.id, { claimIds: [a.id, gone.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markEquivalent(owner, workspace.id, { claimIds: [a.id, foreign.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markEquivalent(owner, other.workspace.id, { claimIds: [a.id, b.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.equivalenceGroup.count({ where: { workspaceId: { in: [workspace.id, other.workspace.id] } } })).toBe(0);
    expect(await db.claim.count({ where: { workspaceId: workspace.id, equivalenceGroupId: { not: null } } })).toBe(0);
  });

  it("lets editors and owners mark, refuses commenters and viewers (403) and strangers (404)", async () => {
    const { owner, workspace, members } = await makeWorkspace(["editor", "commenter", "viewer"]);
    const stranger = (await makeWorkspace()).owner;
    const a = await createClaim(owner, workspace.id, { text: "A" });
    const b = await createClaim(owner, workspace.id, { text: "B" });
    await expect(markEquivalent(members.commenter!, workspace.id, { claimIds: [a.id, b.id] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markEquivalent(members.viewer!, workspace.id, { claimIds: [a.id, b.id] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markEquivalent(stranger, workspace.id, { claimIds: [a.id, b.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const group = await markEquivalent(members.editor!, workspace.id, { claimIds: [a.id, b.id] });
    await expect(separateClaim(members.viewer!, workspace.id, a.id, { version: group.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(separateClaim(stranger, workspace.id, a.id, { version: group.version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await groupsOf(owner, workspace.id)).toEqual([[a.id, b.id].sort()]);
  });

  it("takes one claim out with a version check; a group left with one claim dissolves", async () => {
    const { owner, workspace } = await makeWorkspace();
    const [a, b, c] = await createClaims(owner, workspace.id, ["A", "B", "C"]);
    const group = await markEquivalent(owner, workspace.id, { claimIds: [a!.id, b!.id, c!.id] });
    await expect(separateClaim(owner, workspace.id, a!.id, { version: group.version + 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(separateClaim(owner, workspace.id, a!.id, {})).rejects.toThrow(/version/);
    const first = await separateClaim(owner, workspace.id, a!.id, { version: group.version });
    expect(first).toMatchObject({ claimId: a!.id, dissolved: false, version: group.version + 1 });
    expect(await groupsOf(owner, workspace.id)).toEqual([[b!.id, c!.id].sort()]);
    await expect(separateClaim(owner, workspace.id, a!.id, { version: first.version! })).rejects.toMatchObject({ code: "CONFLICT" });
    const last = await separateClaim(owner, workspace.id, b!.id, { version: first.version! });
    expect(last.dissolved).toBe(true);
    expect(await db.equivalenceGroup.count({ where: { workspaceId: workspace.id } })).toBe(0);
    const map = await getMap(owner, workspace.id);
    expect(map.equivalenceGroups).toEqual([]);
    expect(map.claims.map((claim) => claim.equivalenceGroupId)).toEqual([null, null, null]);
    await expect(separateClaim(owner, workspace.id, "no-such-claim", { version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("leaves a deleted member out of the map's groups, and a group of one live claim off the map", async () => {
    const { owner, workspace } = await makeWorkspace();
    const a = await createClaim(owner, workspace.id, { text: "A" });
    const b = await createClaim(owner, workspace.id, { text: "B" });
    await markEquivalent(owner, workspace.id, { claimIds: [a.id, b.id] });
    await deleteClaim(owner, workspace.id, b.id);
    const map = await getMap(owner, workspace.id);
    expect(map.equivalenceGroups).toEqual([]);
    expect(map.claims.find((claim) => claim.id === a.id)!.equivalenceGroupId).toBeNull();
  });

  it("creates a claim and joins it to an existing proposition in one transaction, or neither", async () => {
    const { owner, workspace } = await makeWorkspace();
    const source = await importSource(owner, workspace.id, { author: "Post", title: "Essay", year: "2018" }, { bytes: new TextEncoder().encode("Mao's China was the same sort of society as Stalin's Soviet Union."), fileName: "essay.txt" });
    const existing = await createClaim(owner, workspace.id, { text: "Mao's China and Stalin's Soviet Union were the same sort of society", anchor: { sourceId: source.id, exact: "Mao's China" } });
    const joined = await createClaim(owner, workspace.id, { text: "China under Mao was a society of the Soviet kind", sameAs: existing.id });
    expect(await groupsOf(owner, workspace.id)).toEqual([[existing.id, joined.id].sort()]);
    const before = await db.claim.count({ where: { workspaceId: workspace.id } });
    await expect(createClaim(owner, workspace.id, { text: "Orphan", sameAs: "no-such-claim" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.claim.count({ where: { workspaceId: workspace.id } })).toBe(before);
  });

  it("suggests existing claims that look like the same proposition, with their authors", async () => {
    const { owner, workspace, members } = await makeWorkspace(["viewer"]);
    const source = await importSource(owner, workspace.id, { author: "Charlie Post", title: "Essay", year: "2018" }, { bytes: new TextEncoder().encode("Mao's China was the same sort of society as Stalin's Soviet Union."), fileName: "essay.txt" });
    const paraphrase = await createClaim(owner, workspace.id, { text: "Mao's China was the same sort of society as Stalin's Soviet Union", anchor: { sourceId: source.id, exact: "Mao's China was the same sort of society" } });
    await createClaim(owner, workspace.id, { text: "Workers' wall posters frightened factory managers" });
    const { suggestions } = await findEquivalentCandidates(members.viewer!, workspace.id, { text: "China under Mao was the same kind of society as the Soviet Union under Stalin" });
    expect(suggestions.map((s) => s.id)).toEqual([paraphrase.id]);
    expect(suggestions[0]!.source).toEqual({ author: "Charlie Post", title: "Essay", year: 2018 });
    await expect(findEquivalentCandidates(members.viewer!, workspace.id, { text: "" })).rejects.toThrow(/words of the claim/);
    await expect(findEquivalentCandidates(members.viewer!, workspace.id, { text: "x".repeat(2001) })).rejects.toThrow(/at most 2000/);
    await expect(findEquivalentCandidates((await makeWorkspace()).owner, workspace.id, { text: "China" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

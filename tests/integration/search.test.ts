import { db, isPostgresUrl } from "@/lib/server/db";
import { createClaim } from "@/lib/server/services/claims/create-claim";
import { deleteClaim } from "@/lib/server/services/claims/delete-claim";
import { updateClaim } from "@/lib/server/services/claims/update-claim";
import { searchWorkspace } from "@/lib/server/services/search/search-workspace";
import { importSource } from "@/lib/server/services/sources/import-source";
import { reviseSource } from "@/lib/server/services/sources/revise-source";
import { makeWorkspace } from "./fixtures";

const TEXT = [
  "Chapter One",
  "",
  "The mass line is a method of leadership: from the masses, to the masses.",
  "",
  "Revolutionary committees replaced the old party committees in the provinces.",
  "",
  "A <script>alert(1)</script> tag in a text is only text.",
].join("\n");

async function seeded() {
  const ctx = await makeWorkspace(["viewer", "commenter"]);
  const source = await importSource(ctx.owner, ctx.workspace.id, { author: "Ann Author", title: "On leadership", year: 1970 }, { text: TEXT });
  const claim = await createClaim(ctx.owner, ctx.workspace.id, { text: "Leadership must come from the masses", anchor: { sourceId: source.id, exact: "from the masses, to the masses" } });
  return { ...ctx, source, claim };
}

const hitText = (pieces: { text: string; hit: boolean }[]) => pieces.filter((p) => p.hit).map((p) => p.text.toLowerCase());

describe("searching a workspace", () => {
  it("finds paragraphs with highlighted, stemmed matches and the offset the reader opens at", async () => {
    const { owner, workspace, source } = await seeded();
    const results = await searchWorkspace(owner, workspace.id, { q: "committee " });
    expect(results.passages).toHaveLength(1);
    const [hit] = results.passages;
    expect(hit).toMatchObject({ sourceId: source.id, sourceTitle: "On leadership" });
    expect(hitText(hit!.snippet)).toEqual(["committees", "committees"]);
    const revision = await db.sourceRevision.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(revision.normalizedText.slice(hit!.start)).toMatch(/^Revolutionary committees/);
  });

  it("finds claims, follows edits and deletions, and lets viewers search", async () => {
    const { owner, members, workspace, claim } = await seeded();
    expect((await searchWorkspace(members.viewer!, workspace.id, { q: "leadership masses" })).claims.map((c) => c.claimId)).toEqual([claim.id]);
    await updateClaim(owner, workspace.id, claim.id, { version: 1, text: "Cadres must listen to the peasants" });
    expect((await searchWorkspace(owner, workspace.id, { q: "leadership" })).claims).toEqual([]);
    expect((await searchWorkspace(owner, workspace.id, { q: "peasant" })).claims).toHaveLength(1);
    await deleteClaim(owner, workspace.id, claim.id);
    expect((await searchWorkspace(owner, workspace.id, { q: "peasant" })).claims).toEqual([]);
  });

  it("searches the current revision only, after a revision", async () => {
    const { owner, workspace, source } = await seeded();
    await reviseSource(owner, workspace.id, source.id, { version: 1 }, { text: TEXT.replace("provinces", "counties") });
    expect((await searchWorkspace(owner, workspace.id, { q: "provinces" })).passages).toEqual([]);
    expect((await searchWorkspace(owner, workspace.id, { q: "counties" })).passages).toHaveLength(1);
  });

  it("matches phrases in order, the last word as a prefix, and words without their accents", async () => {
    const { owner, workspace } = await seeded();
    await createClaim(owner, workspace.id, { text: "The élan of the Red Guards faded by 1969" });
    expect((await searchWorkspace(owner, workspace.id, { q: '"mass line"' })).passages).toHaveLength(1);
    expect((await searchWorkspace(owner, workspace.id, { q: '"line mass"' })).passages).toEqual([]);
    expect(hitText((await searchWorkspace(owner, workspace.id, { q: "leadersh" })).passages[0]!.snippet)).toEqual(["leadership"]);
    const [claim] = (await searchWorkspace(owner, workspace.id, { q: "elan guards" })).claims;
    expect(hitText(claim!.snippet)).toEqual(["élan", "guards"]);
  });

  it("shows a stretch of a long paragraph around the match, marked where it is cut", async () => {
    const { owner, workspace } = await seeded();
    const filler = (word: string) => Array.from({ length: 40 }, (_, i) => `${word}${String.fromCharCode(97 + (i % 26))}`).join(" ");
    const long = `${filler("alpha")} the commune of Shanghai was proclaimed ${filler("omega")}.`;
    await importSource(owner, workspace.id, { author: "B", title: "Long", year: null }, { text: long });
    const [hit] = (await searchWorkspace(owner, workspace.id, { q: "shanghai " })).passages;
    const text = hit!.snippet.map((p) => p.text).join("");
    expect(text.length).toBeLessThan(long.length / 2);
    expect(text.startsWith("…") && text.endsWith("…")).toBe(true);
    expect(hitText(hit!.snippet)).toEqual(["shanghai"]);
  });

  it.each(['"unclosed', "state AND (", "NEAR(", "*", "text:", '""', "a OR", "-x", "   "])("answers %p without an error", async (q) => {
    const { owner, workspace } = await seeded();
    await expect(searchWorkspace(owner, workspace.id, { q })).resolves.toMatchObject({ passages: expect.any(Array), claims: expect.any(Array) });
  });

  it("keeps markup in texts as plain snippet text", async () => {
    const { owner, workspace } = await seeded();
    const [hit] = (await searchWorkspace(owner, workspace.id, { q: "alert" })).passages;
    expect(hit!.snippet.map((p) => p.text).join("")).toContain("<script>");
  });

  it("never shows another workspace's texts or claims, and refuses strangers", async () => {
    const { workspace } = await seeded();
    const other = await makeWorkspace();
    expect(await searchWorkspace(other.owner, other.workspace.id, { q: "masses" })).toMatchObject({ passages: [], claims: [] });
    await expect(searchWorkspace(other.owner, workspace.id, { q: "masses" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("indexes sources that were stored without the index (imported before search existed)", async () => {
    const { owner, workspace, source } = await seeded();
    await db.$executeRawUnsafe(`DELETE FROM "SearchParagraph" WHERE "sourceId" = '${source.id}'`);
    await db.$executeRawUnsafe(`DELETE FROM "SearchIndexedSource" WHERE "sourceId" = '${source.id}'`);
    expect((await searchWorkspace(owner, workspace.id, { q: "committees" })).passages).toHaveLength(1);
  });

  it("refuses an over-long query", async () => {
    const { owner, workspace } = await seeded();
    await expect(searchWorkspace(owner, workspace.id, { q: "x".repeat(201) })).rejects.toThrow(/under 200/);
  });

  // The claim index is kept by the database, not by the services: on SQLite by triggers, which a
  // later migration that rebuilds the Claim table (Prisma's RedefineTables) would drop; on PostgreSQL
  // by a view over Claim with an expression index, which no trigger has to feed.
  it("has what keeps claims indexed on this database", async () => {
    if (isPostgresUrl(process.env.DATABASE_URL!)) {
      const index = await db.$queryRawUnsafe<{ indexname: string }[]>(`SELECT indexname::text FROM pg_indexes WHERE tablename = 'Claim' AND indexname = 'Claim_search_idx'`);
      const view = await db.$queryRawUnsafe<{ table_name: string }[]>(`SELECT table_name::text FROM information_schema.views WHERE table_name = 'SearchClaim'`);
      expect([index.length, view.length]).toEqual([1, 1]);
      return;
    }
    const triggers = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Claim' ORDER BY name`);
    expect(triggers.map((t) => t.name)).toEqual(["Claim_search_delete", "Claim_search_insert", "Claim_search_update"]);
  });
});

import fs from "node:fs";
import path from "node:path";
import { DEMO_CLAIMS } from "@/prisma/demo/demo-map";
import { seedDemoWorkspace } from "@/prisma/seed";
import { getMap } from "@/lib/server/services/map/get-map";
import { mergeEquivalentClaims } from "@/lib/graph/equivalence";
import { compactMap, expandMap } from "@/lib/graph/map-wire";
import { getSource } from "@/lib/server/services/sources/get-source";
import { makeUser } from "./fixtures";

const CORPUS = process.env.AGON_CORPUS_DIR ?? path.resolve(__dirname, "../../../shared/corpus");
const haveCorpus = fs.existsSync(path.join(CORPUS, "manifest.json"));
if (!haveCorpus) console.warn(`Skipping the demo seed test: no corpus at ${CORPUS}.`);
const describeWithCorpus = haveCorpus ? describe : describe.skip;

describeWithCorpus("the demo workspace seeded from ../shared/corpus", () => {
  let map: Awaited<ReturnType<typeof getMap>>;
  let owner: { id: string };

  beforeAll(async () => {
    owner = await makeUser("demo");
    const { workspaceId } = await seedDemoWorkspace(owner.id, CORPUS);
    map = await getMap(owner, workspaceId);
  }, 60_000);

  it("marks at least one proposition stated by two authors, and the merged view joins their edges", () => {
    const groups = map.equivalenceGroups ?? [];
    expect(groups.length).toBeGreaterThanOrEqual(1);
    const authorsOf = (claimIds: string[]) => new Set(claimIds.map((id) => map.claims.find((c) => c.id === id)?.source?.author));
    expect(groups.some((g) => authorsOf(g.claimIds).size >= 2)).toBe(true);
    const coercion = groups.find((g) => [...authorsOf(g.claimIds)].some((a) => a?.includes("Post")) && [...authorsOf(g.claimIds)].some((a) => a?.includes("Meaney")))!;
    const merged = mergeEquivalentClaims(map);
    expect(merged.claims).toHaveLength(map.claims.length - (coercion.claimIds.length - 1));
    const card = merged.claims.find((c) => c.id === coercion.claimIds[0])!;
    expect(card.wordings!.map((w) => w.source?.author).sort()).toEqual(["Charlie Post", "Constance Squires Meaney"]);
    // Both wordings supported Post's thesis that Mao's China was Stalin's kind of society: one edge now.
    const intoPostThesis = merged.edges.filter((e) => e.from === card.id && /same sort of society/.test(merged.claims.find((c) => c.id === e.to)!.text));
    expect(intoPostThesis).toHaveLength(1);
  });

  it("sends the map in its compact form at well under half the size, and gives back every field", () => {
    const compact = JSON.stringify(compactMap(map));
    expect(expandMap(JSON.parse(compact))).toEqual(JSON.parse(JSON.stringify(map)));
    expect(compact.length).toBeLessThan(JSON.stringify(map).length * 0.6);
  });

  it("holds the four texts and at least 30 claims and 20 edges, 8 of them across authors", () => {
    expect(map.sources).toHaveLength(4);
    expect(map.claims.length).toBeGreaterThanOrEqual(30);
    expect(map.edges.length).toBeGreaterThanOrEqual(20);
    // Objections to edges across authors: Post against Meaney's and Engst's inferences.
    const authorOf = (id: string) => map.claims.find((c) => c.id === id)?.source?.author ?? "";
    const targetAuthor = (edgeId: string) => authorOf(map.edges.find((e) => e.id === edgeId)!.to);
    expect(map.undercuts.map((u) => [authorOf(u.from), targetAuthor(u.targetEdgeId)])).toEqual([
      [expect.stringContaining("Post"), expect.stringContaining("Meaney")],
      [expect.stringContaining("Post"), expect.stringContaining("Engst")],
    ]);
    const author = (id: string) => map.claims.find((c) => c.id === id)?.source?.author;
    const across = map.edges.filter((e) => author(e.from) && author(e.to) && author(e.from) !== author(e.to));
    expect(across.length).toBeGreaterThanOrEqual(8);
    for (const source of map.sources) expect(map.claims.filter((c) => c.source?.id === source.id).length).toBeGreaterThanOrEqual(5);
  });

  it("anchors every sourced claim to exact words of its text", async () => {
    const sourced = map.claims.filter((c) => c.anchor);
    expect(sourced.length).toBe(DEMO_CLAIMS.filter((c) => c.quote).length);
    for (const source of map.sources) {
      const reader = await getSource(owner, map.workspace.id, source.id);
      for (const claim of sourced.filter((c) => c.source?.id === source.id)) {
        expect(reader.text.slice(claim.anchor!.start, claim.anchor!.end)).toBe(claim.anchor!.exact);
      }
    }
  });

  it("holds Engst's and Meaney's claims, with Post opposing Meaney", () => {
    const find = (pattern: RegExp, author: string) => map.claims.find((c) => pattern.test(c.text) && c.source?.author.includes(author));
    const engst = find(/disarmed the working class/i, "Engst");
    const meaney = find(/not Soviet-style orthodox/i, "Meaney");
    const post = find(/same sort of society as Stalin/i, "Post");
    expect(engst && meaney && post).toBeTruthy();
    expect(map.edges).toContainEqual(expect.objectContaining({ from: post!.id, to: meaney!.id, kind: "oppose" }));
  });
});

describeWithCorpus("linked arguments, an unstated premise and schemes in the demo", () => {
  let map: Awaited<ReturnType<typeof getMap>>;

  beforeAll(async () => {
    const owner = await makeUser("demo-linked");
    const { workspaceId } = await seedDemoWorkspace(owner.id, CORPUS);
    map = await getMap(owner, workspaceId);
  }, 60_000);

  it("holds Meaney's model linked with her finding on Mao's elites, and Engst's argument by elimination with its unstated premise", () => {
    const text = (id: string) => map.claims.find((c) => c.id === id)!.text;
    const linked = map.edges.filter((e) => e.premises.length > 1);
    expect(linked.length).toBeGreaterThanOrEqual(2);
    const meaney = linked.find((e) => /not Soviet-style orthodox/.test(text(e.to)))!;
    expect(meaney.premises.map(text)).toEqual([expect.stringMatching(/co-opted into a coherent/), expect.stringMatching(/alienated and divided/)]);
    expect(meaney.scheme).toBe("cause-to-effect");
    const engst = linked.find((e) => /new structure/.test(text(e.to)))!;
    expect(engst.premises).toHaveLength(4);
    const unstated = map.claims.filter((c) => c.type === "unstated");
    expect(unstated).toHaveLength(1);
    expect(unstated[0]).toMatchObject({ anchor: null, source: null });
    expect(engst.premises).toContain(unstated[0]!.id);
    // Post's undercut now questions the linked inference as a whole.
    expect(map.undercuts.some((u) => u.targetEdgeId === meaney.id)).toBe(true);
    expect(map.edges.filter((e) => e.scheme).length).toBeGreaterThanOrEqual(3);
  });
});

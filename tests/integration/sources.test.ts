import { db } from "@/lib/server/db";
import { getSource } from "@/lib/server/services/sources/get-source";
import { importSource } from "@/lib/server/services/sources/import-source";
import { toOriginalOffset, parseOffsetMap } from "@/lib/text";
import { MAX_SOURCE_BYTES } from "@/lib/validation/source";
import { makeWorkspace, SEMINAR_TEXT } from "./fixtures";

const META = { author: "Ann Author", title: "On the state", year: "1971" };

describe("importing a source", () => {
  it("keeps the original, stores the normalised text with a map back to original offsets, and logs the import", async () => {
    const { owner, workspace } = await makeWorkspace();
    const imported = await importSource(owner, workspace.id, META, { bytes: new TextEncoder().encode(SEMINAR_TEXT), fileName: "state.txt" });
    const revision = await db.sourceRevision.findUniqueOrThrow({ where: { id: imported.revisionId } });
    expect(revision.originalText).toBe(SEMINAR_TEXT);
    expect(revision.normalizedText).toContain("Every reading of the text depends");
    const map = parseOffsetMap(revision.offsetMap);
    const at = revision.normalizedText.indexOf("serves the class");
    expect(SEMINAR_TEXT.slice(toOriginalOffset(map, at), toOriginalOffset(map, at) + 16)).toBe("serves the class");
    const source = await getSource(owner, workspace.id, imported.id);
    expect(source).toMatchObject({ author: "Ann Author", year: 1971, revisionNumber: 1 });
    expect(source.paragraphs.length).toBe(2);
    expect(await db.activity.count({ where: { workspaceId: workspace.id, action: "imported" } })).toBe(1);
  });

  it.each([
    ["an empty text", { text: "   \n\n " }, /empty/],
    ["binary bytes", { bytes: new Uint8Array([0x01, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x0a]) }, /binary/],
    ["bytes that are not UTF-8", { bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]) }, /not UTF-8/],
    ["a text over 5 MB", { text: "word ".repeat(MAX_SOURCE_BYTES / 5 + 10) }, /limit is 5\.0 MB/],
  ])("refuses %s with a clear message and creates nothing", async (_, content, message) => {
    const { owner, workspace } = await makeWorkspace();
    await expect(importSource(owner, workspace.id, META, content as never)).rejects.toThrow(message);
    expect(await db.source.count({ where: { workspaceId: workspace.id } })).toBe(0);
    expect(await db.sourceRevision.count({ where: { source: { workspaceId: workspace.id } } })).toBe(0);
  });

  it("refuses missing metadata and a nonsense year", async () => {
    const { owner, workspace } = await makeWorkspace();
    await expect(importSource(owner, workspace.id, { author: "", title: "T" }, { text: "Words." })).rejects.toThrow(/author/);
    await expect(importSource(owner, workspace.id, { author: "A", title: "T", year: "nineteen" }, { text: "Words." })).rejects.toThrow(/year/);
    expect(await db.source.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("gives successive sources different colours", async () => {
    const { owner, workspace } = await makeWorkspace();
    const a = await importSource(owner, workspace.id, META, { text: "One." });
    const b = await importSource(owner, workspace.id, META, { text: "Two." });
    const rows = await db.source.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(new Set(rows.map((r) => r.colorIndex)).size).toBe(2);
  });
});

import type { SourceParagraph } from "../../../formats/structure";
import { sqlFragments, type Db } from "../../db";

/**
 * Writing and checking the paragraph index. The tables differ (an FTS5 virtual table on SQLite, a
 * table with a generated tsvector on PostgreSQL) but take the same plain SQL, so both full-text
 * modules share these two functions.
 */

// Rows per INSERT statement when indexing a text: well under SQLite's 32766 bound variables (and
// PostgreSQL's 65535).
const INSERT_BATCH = 200;

/** Replace the indexed paragraphs of a source with those of `revisionId`. */
export async function writeSourceParagraphs(
  tx: Db,
  source: { id: string; workspaceId: string },
  revision: { id: string; text: string; paragraphs: readonly SourceParagraph[] },
): Promise<void> {
  await tx.$executeRaw`DELETE FROM "SearchParagraph" WHERE "sourceId" = ${source.id}`;
  const rows = revision.paragraphs
    .filter((p) => p.end > p.start)
    .map((p) => sqlFragments.sql`(${revision.text.slice(p.start, p.end)}, ${source.workspaceId}, ${source.id}, ${revision.id}, ${p.start})`);
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await tx.$executeRaw`INSERT INTO "SearchParagraph" ("text", "workspaceId", "sourceId", "revisionId", "start") VALUES ${sqlFragments.join(rows.slice(i, i + INSERT_BATCH))}`;
  }
  await tx.$executeRaw`INSERT INTO "SearchIndexedSource" ("sourceId", "revisionId") VALUES (${source.id}, ${revision.id})
    ON CONFLICT ("sourceId") DO UPDATE SET "revisionId" = excluded."revisionId"`;
}

/** Sources of the workspace whose current revision is not the one indexed (or none is). */
export async function staleSourceIds(tx: Db, workspaceId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Source" s LEFT JOIN "SearchIndexedSource" i ON i."sourceId" = s."id"
    WHERE s."workspaceId" = ${workspaceId} AND s."deletedAt" IS NULL AND s."currentRevisionId" IS NOT NULL
      AND (i."revisionId" IS NULL OR i."revisionId" <> s."currentRevisionId")
    ORDER BY s."id"`;
  return rows.map((r) => r.id);
}

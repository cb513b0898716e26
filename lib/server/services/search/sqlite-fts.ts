import { Prisma } from "@prisma/client";
import { HIT_CLOSE, HIT_OPEN } from "../../../search/fts-query";
import type { SourceParagraph } from "../../../formats/structure";
import type { Db } from "../../db";

/**
 * Every statement of full-text search, for SQLite FTS5 (tables and triggers: migration
 * 20261123160000_search_fts). Nothing else in the app writes SQL for search, so a PostgreSQL
 * implementation (tsvector columns or tables with GIN indexes, `websearch_to_tsquery`,
 * `ts_headline` for snippets) replaces this one file and its migration, behind the same functions.
 */

export interface ParagraphHit {
  sourceId: string;
  start: number;
  /** The passage around the matches, matches between HIT_OPEN and HIT_CLOSE. */
  snippet: string;
}

export interface ClaimHit {
  claimId: string;
  snippet: string;
}

// Words of context FTS5 puts in a snippet (its maximum is 64).
const SNIPPET_TOKENS = 28;
// Rows per INSERT statement when indexing a text: well under SQLite's 32766 bound variables.
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
    .map((p) => Prisma.sql`(${revision.text.slice(p.start, p.end)}, ${source.workspaceId}, ${source.id}, ${revision.id}, ${p.start})`);
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await tx.$executeRaw`INSERT INTO "SearchParagraph" ("text", "workspaceId", "sourceId", "revisionId", "start") VALUES ${Prisma.join(rows.slice(i, i + INSERT_BATCH))}`;
  }
  await tx.$executeRaw`INSERT INTO "SearchIndexedSource" ("sourceId", "revisionId") VALUES (${source.id}, ${revision.id})
    ON CONFLICT ("sourceId") DO UPDATE SET "revisionId" = excluded."revisionId"`;
}

/** Sources of the workspace whose current revision is not the one indexed (or none is). */
export async function staleSourceIds(tx: Db, workspaceId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Source" s LEFT JOIN "SearchIndexedSource" i ON i."sourceId" = s."id"
    WHERE s."workspaceId" = ${workspaceId} AND s."deletedAt" IS NULL AND s."currentRevisionId" IS NOT NULL
      AND (i."revisionId" IS NULL OR i."revisionId" <> s."currentRevisionId")`;
  return rows.map((r) => r.id);
}

/** Best-matching paragraphs of the workspace's live sources' current revisions, best first (BM25). */
export async function matchParagraphs(tx: Db, workspaceId: string, match: string, limit: number): Promise<ParagraphHit[]> {
  const rows = await tx.$queryRaw<{ sourceId: string; start: number | bigint; snippet: string }[]>`
    SELECT "SearchParagraph"."sourceId" AS "sourceId", "SearchParagraph"."start" AS "start",
      snippet("SearchParagraph", 0, ${HIT_OPEN}, ${HIT_CLOSE}, '…', ${SNIPPET_TOKENS}) AS "snippet"
    FROM "SearchParagraph"
    JOIN "Source" s ON s."id" = "SearchParagraph"."sourceId" AND s."deletedAt" IS NULL AND s."currentRevisionId" = "SearchParagraph"."revisionId"
    WHERE "SearchParagraph" MATCH ${match} AND "SearchParagraph"."workspaceId" = ${workspaceId}
    ORDER BY bm25("SearchParagraph") LIMIT ${limit}`;
  return rows.map((r) => ({ sourceId: r.sourceId, start: Number(r.start), snippet: r.snippet }));
}

/** Best-matching live claims of the workspace, best first, with their whole text highlighted. */
export async function matchClaims(tx: Db, workspaceId: string, match: string, limit: number): Promise<ClaimHit[]> {
  return tx.$queryRaw<ClaimHit[]>`
    SELECT "SearchClaim"."claimId" AS "claimId", highlight("SearchClaim", 0, ${HIT_OPEN}, ${HIT_CLOSE}) AS "snippet"
    FROM "SearchClaim"
    JOIN "Claim" c ON c."id" = "SearchClaim"."claimId" AND c."deletedAt" IS NULL
    WHERE "SearchClaim" MATCH ${match} AND "SearchClaim"."workspaceId" = ${workspaceId}
    ORDER BY bm25("SearchClaim") LIMIT ${limit}`;
}

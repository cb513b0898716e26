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
  source: { title: string; author: string; year: number | null; colorIndex: number };
}

export interface ClaimHit {
  claimId: string;
  snippet: string;
  type: string;
  /** The claim's source, when it is anchored in a live one. */
  sourceId: string | null;
  sourceTitle: string | null;
  sourceAuthor: string | null;
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

/** Best-matching paragraphs of the workspace's live sources' current revisions, best first (BM25), with their source. */
export async function matchParagraphs(tx: Db, workspaceId: string, match: string, limit: number): Promise<ParagraphHit[]> {
  const rows = await tx.$queryRaw<(Omit<ParagraphHit, "start" | "source"> & { start: number | bigint; title: string; author: string; year: number | bigint | null; colorIndex: number | bigint })[]>`
    SELECT "SearchParagraph"."sourceId" AS "sourceId", "SearchParagraph"."start" AS "start",
      snippet("SearchParagraph", 0, ${HIT_OPEN}, ${HIT_CLOSE}, '…', ${SNIPPET_TOKENS}) AS "snippet",
      s."title" AS "title", s."author" AS "author", s."year" AS "year", s."colorIndex" AS "colorIndex"
    FROM "SearchParagraph"
    JOIN "Source" s ON s."id" = "SearchParagraph"."sourceId" AND s."deletedAt" IS NULL AND s."currentRevisionId" = "SearchParagraph"."revisionId"
    WHERE "SearchParagraph" MATCH ${match} AND "SearchParagraph"."workspaceId" = ${workspaceId}
    ORDER BY "SearchParagraph".rank LIMIT ${limit}`;
  return rows.map((r) => ({
    sourceId: r.sourceId,
    start: Number(r.start),
    snippet: r.snippet,
    source: { title: r.title, author: r.author, year: r.year === null ? null : Number(r.year), colorIndex: Number(r.colorIndex) },
  }));
}

/** Best-matching live claims of the workspace, best first, with their whole text highlighted and their source. */
export async function matchClaims(tx: Db, workspaceId: string, match: string, limit: number): Promise<ClaimHit[]> {
  return tx.$queryRaw<ClaimHit[]>`
    SELECT "SearchClaim"."claimId" AS "claimId", highlight("SearchClaim", 0, ${HIT_OPEN}, ${HIT_CLOSE}) AS "snippet", c."type" AS "type",
      s."id" AS "sourceId", s."title" AS "sourceTitle", s."author" AS "sourceAuthor"
    FROM "SearchClaim"
    JOIN "Claim" c ON c."id" = "SearchClaim"."claimId" AND c."deletedAt" IS NULL
    LEFT JOIN "Anchor" a ON a."id" = c."anchorId"
    LEFT JOIN "Source" s ON s."id" = a."sourceId" AND s."deletedAt" IS NULL
    WHERE "SearchClaim" MATCH ${match} AND "SearchClaim"."workspaceId" = ${workspaceId}
    ORDER BY "SearchClaim".rank LIMIT ${limit}`;
}

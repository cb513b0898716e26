import { HIT_CLOSE, HIT_OPEN, type ParsedQuery } from "../../../search/fts-query";
import type { Db } from "../../db";
import type { ClaimHit, FullTextSearch, ParagraphHit } from "./full-text";
import { staleSourceIds, writeSourceParagraphs } from "./index-tables";

/**
 * Full-text search with SQLite FTS5 (tables and triggers: prisma/migrations/20261123160000_search_fts).
 * postgres-fts.ts is its PostgreSQL twin; full-text.ts picks one by the database.
 */

// Words of context FTS5 puts in a snippet (its maximum is 64).
const SNIPPET_TOKENS = 28;

/** Best-matching paragraphs of the workspace's live sources' current revisions, best first (BM25), with their source. */
async function matchParagraphs(tx: Db, workspaceId: string, query: ParsedQuery, limit: number): Promise<ParagraphHit[]> {
  const { match } = query;
  if (!match) return [];
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
async function matchClaims(tx: Db, workspaceId: string, query: ParsedQuery, limit: number): Promise<ClaimHit[]> {
  const { match } = query;
  if (!match) return [];
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

export const sqliteFullText: FullTextSearch = { writeSourceParagraphs, staleSourceIds, matchParagraphs, matchClaims };

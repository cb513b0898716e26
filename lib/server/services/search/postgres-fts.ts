import {
  ellipsizeFragment,
  HIT_CLOSE,
  HIT_OPEN,
  PARSER_MARKUP,
  PARSER_STAND_INS,
  restoreParserMarkup,
  type ParsedQuery,
} from "../../../search/fts-query";
import type { Db } from "../../db";
import type { ClaimHit, FullTextSearch, ParagraphHit } from "./full-text";
import { staleSourceIds, writeSourceParagraphs } from "./index-tables";

/**
 * Full-text search on PostgreSQL: tsvector columns with GIN indexes, the `agon_search` text search
 * configuration (English stemming, accents folded), ranked by ts_rank, snippets by ts_headline
 * (tables, view and configuration: prisma/pg/migrations/20261123160000_search_fts). The twin of
 * sqlite-fts.ts; full-text.ts picks one by the database.
 */

// A paragraph up to this long is shown whole, highlighted (FTS5's 28-token snippet window shows
// such a paragraph whole too); a longer one as a fragment of about as many words.
const WHOLE_PARAGRAPH_CHARS = 200;
const WHOLE_TEXT_OPTIONS = `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, HighlightAll=true`;
const FRAGMENT_OPTIONS = `StartSel=${HIT_OPEN}, StopSel=${HIT_CLOSE}, MaxFragments=1, MaxWords=28, MinWords=12`;

type ParagraphRow = { sourceId: string; start: number; text: string; headline: string; title: string; author: string; year: number | null; colorIndex: number };

// ts_headline parses the whole text, so it runs in the outer query on the `limit` best rows only.
async function matchParagraphs(tx: Db, workspaceId: string, query: ParsedQuery, limit: number): Promise<ParagraphHit[]> {
  if (!query.tsquery) return [];
  const rows = await tx.$queryRaw<ParagraphRow[]>`
    WITH q AS (SELECT to_tsquery('agon_search', ${query.tsquery}) AS query)
    SELECT best."sourceId", best."start", best."text", best."title", best."author", best."year", best."colorIndex",
      ts_headline('agon_search', translate(best."text", ${PARSER_MARKUP}, ${PARSER_STAND_INS}), q.query,
        CASE WHEN length(best."text") <= ${WHOLE_PARAGRAPH_CHARS} THEN ${WHOLE_TEXT_OPTIONS} ELSE ${FRAGMENT_OPTIONS} END) AS "headline"
    FROM (
      SELECT p."sourceId", p."start", p."text", ts_rank(p."document", q.query) AS "rank",
        s."title", s."author", s."year", s."colorIndex"
      FROM "SearchParagraph" p
      CROSS JOIN q
      JOIN "Source" s ON s."id" = p."sourceId" AND s."deletedAt" IS NULL AND s."currentRevisionId" = p."revisionId"
      WHERE p."document" @@ q.query AND p."workspaceId" = ${workspaceId}
      ORDER BY "rank" DESC, p."sourceId", p."start"
      LIMIT ${limit}
    ) best CROSS JOIN q
    ORDER BY best."rank" DESC, best."sourceId", best."start"`;
  return rows.map((r) => {
    const headline = restoreParserMarkup(r.headline);
    return {
      sourceId: r.sourceId,
      start: Number(r.start),
      snippet: r.text.length <= WHOLE_PARAGRAPH_CHARS ? headline : ellipsizeFragment(headline, r.text),
      source: { title: r.title, author: r.author, year: r.year === null ? null : Number(r.year), colorIndex: Number(r.colorIndex) },
    };
  });
}

async function matchClaims(tx: Db, workspaceId: string, query: ParsedQuery, limit: number): Promise<ClaimHit[]> {
  if (!query.tsquery) return [];
  const rows = await tx.$queryRaw<(Omit<ClaimHit, "snippet"> & { headline: string })[]>`
    WITH q AS (SELECT to_tsquery('agon_search', ${query.tsquery}) AS query)
    SELECT best."claimId", best."type", best."sourceId", best."sourceTitle", best."sourceAuthor",
      ts_headline('agon_search', translate(best."text", ${PARSER_MARKUP}, ${PARSER_STAND_INS}), q.query, ${WHOLE_TEXT_OPTIONS}) AS "headline"
    FROM (
      SELECT sc."claimId", sc."text", ts_rank(sc."document", q.query) AS "rank", c."type",
        s."id" AS "sourceId", s."title" AS "sourceTitle", s."author" AS "sourceAuthor"
      FROM "SearchClaim" sc
      CROSS JOIN q
      JOIN "Claim" c ON c."id" = sc."claimId"
      LEFT JOIN "Anchor" a ON a."id" = c."anchorId"
      LEFT JOIN "Source" s ON s."id" = a."sourceId" AND s."deletedAt" IS NULL
      WHERE sc."document" @@ q.query AND sc."workspaceId" = ${workspaceId}
      ORDER BY "rank" DESC, sc."claimId"
      LIMIT ${limit}
    ) best CROSS JOIN q
    ORDER BY best."rank" DESC, best."claimId"`;
  return rows.map(({ headline, ...hit }) => ({ ...hit, snippet: restoreParserMarkup(headline) }));
}

export const postgresFullText: FullTextSearch = { writeSourceParagraphs, staleSourceIds, matchParagraphs, matchClaims };

import { parseSearchQuery, splitSnippet, type SnippetPiece } from "../../../search/fts-query";
import { searchQuerySchema } from "../../../validation/search";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { indexStaleSources } from "./search-index";
import { matchClaims, matchParagraphs, staleSourceIds } from "./sqlite-fts";

export interface PassageResult {
  sourceId: string;
  sourceTitle: string;
  sourceAuthor: string;
  sourceYear: number | null;
  colorIndex: number;
  /** Offset of the paragraph in the source's current normalised text: the reader opens there. */
  start: number;
  snippet: SnippetPiece[];
}

export interface ClaimResult {
  claimId: string;
  type: string;
  snippet: SnippetPiece[];
  source: { id: string; title: string; author: string } | null;
}

export interface SearchResults {
  query: string;
  terms: string[];
  passages: PassageResult[];
  claims: ClaimResult[];
}

export const PASSAGE_LIMIT = 40;
export const CLAIM_LIMIT = 20;

/**
 * Full-text search over the paragraphs of the workspace's sources (current revisions) and its live
 * claims. Any input is safe: it is turned into quoted FTS terms (lib/search/fts-query); input with
 * no word gives no results rather than an error.
 */
export async function searchWorkspace(actor: Actor, workspaceId: string, input: unknown): Promise<SearchResults> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const { q } = searchQuerySchema.parse(input);
  const { match, terms } = parseSearchQuery(q);
  if (!match) return { query: q, terms, passages: [], claims: [] };

  await indexStaleSourcesIfAny(workspaceId);
  const [paragraphHits, claimHits] = await Promise.all([
    matchParagraphs(db, workspaceId, match, PASSAGE_LIMIT),
    matchClaims(db, workspaceId, match, CLAIM_LIMIT),
  ]);
  const sources = await db.source.findMany({
    where: { workspaceId, deletedAt: null },
    select: { id: true, title: true, author: true, year: true, colorIndex: true },
  });
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const claims = await db.claim.findMany({
    where: { id: { in: claimHits.map((h) => h.claimId) }, workspaceId },
    select: { id: true, type: true, anchor: { select: { sourceId: true } } },
  });
  const claimById = new Map(claims.map((c) => [c.id, c]));

  return {
    query: q,
    terms,
    passages: paragraphHits.flatMap((hit) => {
      const source = sourceById.get(hit.sourceId);
      if (!source) return [];
      return [{
        sourceId: source.id,
        sourceTitle: source.title,
        sourceAuthor: source.author,
        sourceYear: source.year,
        colorIndex: source.colorIndex,
        start: hit.start,
        snippet: splitSnippet(hit.snippet),
      }];
    }),
    claims: claimHits.flatMap((hit) => {
      const claim = claimById.get(hit.claimId);
      if (!claim) return [];
      const source = claim.anchor ? sourceById.get(claim.anchor.sourceId) : undefined;
      return [{
        claimId: claim.id,
        type: claim.type,
        snippet: splitSnippet(hit.snippet),
        source: source ? { id: source.id, title: source.title, author: source.author } : null,
      }];
    }),
  };
}

// Indexing is a write; it only opens a transaction when some source actually needs it, so the
// common search stays a pair of reads.
async function indexStaleSourcesIfAny(workspaceId: string): Promise<void> {
  if ((await staleSourceIds(db, workspaceId)).length === 0) return;
  await db.$transaction((tx) => indexStaleSources(tx, workspaceId), { timeout: 60_000 });
}

import { parseSearchQuery, splitSnippet, type SnippetPiece } from "../../../search/fts-query";
import { searchQuerySchema } from "../../../validation/search";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { indexStaleSources } from "./search-index";
import { fullText } from "./full-text";

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
 * claims. Any input is safe: it is turned into quoted full-text terms (lib/search/fts-query); input with
 * no word gives no results rather than an error.
 */
export async function searchWorkspace(actor: Actor, workspaceId: string, input: unknown): Promise<SearchResults> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const { q } = searchQuerySchema.parse(input);
  const parsed = parseSearchQuery(q);
  const { terms } = parsed;
  if (!parsed.match) return { query: q, terms, passages: [], claims: [] };

  await indexStaleSourcesIfAny(workspaceId);
  // One query each: the source and claim details come with the matches (better-sqlite3 runs them in turn anyway).
  const paragraphHits = await fullText.matchParagraphs(db, workspaceId, parsed, PASSAGE_LIMIT);
  const claimHits = await fullText.matchClaims(db, workspaceId, parsed, CLAIM_LIMIT);
  return {
    query: q,
    terms,
    passages: paragraphHits.map((hit) => ({
      sourceId: hit.sourceId,
      sourceTitle: hit.source.title,
      sourceAuthor: hit.source.author,
      sourceYear: hit.source.year,
      colorIndex: hit.source.colorIndex,
      start: hit.start,
      snippet: splitSnippet(hit.snippet),
    })),
    claims: claimHits.map((hit) => ({
      claimId: hit.claimId,
      type: hit.type,
      snippet: splitSnippet(hit.snippet),
      source: hit.sourceId ? { id: hit.sourceId, title: hit.sourceTitle ?? "", author: hit.sourceAuthor ?? "" } : null,
    })),
  };
}

// Indexing is a write; it only opens a transaction when some source actually needs it, so the
// common search stays a pair of reads.
async function indexStaleSourcesIfAny(workspaceId: string): Promise<void> {
  if ((await fullText.staleSourceIds(db, workspaceId)).length === 0) return;
  await db.$transaction((tx) => indexStaleSources(tx, workspaceId), { timeout: 60_000 });
}

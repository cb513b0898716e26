import type { ParsedQuery } from "../../../search/fts-query";
import type { SourceParagraph } from "../../../formats/structure";
import { isPostgresUrl, type Db } from "../../db";
import { postgresFullText } from "./postgres-fts";
import { sqliteFullText } from "./sqlite-fts";

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

/**
 * Every statement of full-text search, behind one set of functions: SQLite FTS5 (sqlite-fts.ts) or
 * PostgreSQL's tsvector and GIN indexes (postgres-fts.ts). Nothing else in the app writes SQL for search.
 */
export interface FullTextSearch {
  writeSourceParagraphs(
    tx: Db,
    source: { id: string; workspaceId: string },
    revision: { id: string; text: string; paragraphs: readonly SourceParagraph[] },
  ): Promise<void>;
  staleSourceIds(tx: Db, workspaceId: string): Promise<string[]>;
  /** Best-matching paragraphs of the current revisions of the workspace's live sources, best first, with their source. */
  matchParagraphs(tx: Db, workspaceId: string, query: ParsedQuery, limit: number): Promise<ParagraphHit[]>;
  /** Best-matching live claims of the workspace, best first, with their whole text highlighted and their source. */
  matchClaims(tx: Db, workspaceId: string, query: ParsedQuery, limit: number): Promise<ClaimHit[]>;
}

/** The implementation for the database lib/server/db.ts connects to (same rule: DATABASE_URL). */
export const fullText: FullTextSearch = isPostgresUrl(process.env.DATABASE_URL ?? "file:./dev.db") ? postgresFullText : sqliteFullText;

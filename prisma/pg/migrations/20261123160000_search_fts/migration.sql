-- hand-written
-- Full-text search on PostgreSQL (lib/server/services/search/postgres-fts.ts): the twin of the SQLite
-- FTS5 migration, with the same table names. Prisma does not model these tables, so they live only
-- here, and the schema snapshot of this folder equals the previous one. No semicolon may appear
-- except at the end of a statement: the migration driver splits the script at every one.
--
-- Text search configuration: English stemming (the Snowball stemmer, close to the porter stemmer of FTS5) with
-- accents folded first by the `unaccent` dictionary (FTS5: remove_diacritics), so "élan" and "elan",
-- "committee" and "committees" meet. `unaccent` ships with the contrib modules of PostgreSQL and is a trusted
-- extension: a database owner without superuser rights may create it. English stop words are not
-- indexed (FTS5 indexes every word): a search for "the" alone finds nothing here.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION agon_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION agon_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- The default parser reads `<script>` as an HTML tag and `&lt` (with its semicolon) as an entity, which it neither
-- indexes nor keeps in the output of ts_headline. Texts are plain text, so `<` and `&` are swapped for
-- control characters (never in normalised text) before parsing, and postgres-fts.ts swaps them back in
-- snippets. The generated columns use the configuration by OID, so search_path cannot change them.
--
-- Paragraphs of the current revision of each source: filled by the services that write revisions
-- (search-index.ts), because paragraph boundaries and UTF-16 offsets come from lib/text, which SQL
-- cannot reproduce. `start` is the offset of the paragraph in the normalised text of the revision.
CREATE TABLE "SearchParagraph" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "document" tsvector GENERATED ALWAYS AS (to_tsvector('agon_search'::regconfig, translate("text", '<&', E'\x03\x04'))) STORED,
    CONSTRAINT "SearchParagraph_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "SearchParagraph_document_idx" ON "SearchParagraph" USING GIN ("document");
CREATE INDEX "SearchParagraph_sourceId_idx" ON "SearchParagraph" ("sourceId");
CREATE INDEX "SearchParagraph_workspaceId_idx" ON "SearchParagraph" ("workspaceId");

-- Claims need no table of their own here: a view over the live claims, with a GIN index on the
-- same expression, is the index, so every path that writes a claim (create, edit, delete to trash,
-- restore, undo, seed, bulk insert) keeps search right in the same statement, with no triggers to
-- keep. The view has the columns of the FTS5 table SearchClaim, and queries on its "document" use
-- the index because the planner expands the view to the indexed expression.
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (to_tsvector('agon_search'::regconfig, translate("text", '<&', E'\x03\x04'))) WHERE "deletedAt" IS NULL;
CREATE VIEW "SearchClaim" AS
    SELECT "id" AS "claimId", "text", "workspaceId", to_tsvector('agon_search'::regconfig, translate("text", '<&', E'\x03\x04')) AS "document"
    FROM "Claim" WHERE "deletedAt" IS NULL;

-- Which revision of each source the paragraph index holds. The search service re-indexes any source
-- whose current revision differs (sources imported before this migration, or by another path).
CREATE TABLE "SearchIndexedSource" (
    "sourceId" TEXT NOT NULL PRIMARY KEY,
    "revisionId" TEXT NOT NULL,
    CONSTRAINT "SearchIndexedSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

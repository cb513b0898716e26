-- Full-text search with SQLite FTS5 (lib/server/services/search). Prisma does not model virtual
-- tables, so they live only here; the schema snapshot of this folder equals the previous one.
--
-- Paragraphs of each source's current revision: filled by the services that write revisions
-- (search-index.ts), because paragraph boundaries and UTF-16 offsets come from lib/text, which SQL
-- cannot reproduce. `start` is the paragraph's offset in the revision's normalised text.
CREATE VIRTUAL TABLE "SearchParagraph" USING fts5(
    "text",
    "workspaceId" UNINDEXED,
    "sourceId" UNINDEXED,
    "revisionId" UNINDEXED,
    "start" UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Claims: one row per live claim, kept by triggers so that every path that writes a claim (create,
-- edit, delete to trash, restore, undo, seed) keeps the index right without knowing about it.
CREATE VIRTUAL TABLE "SearchClaim" USING fts5(
    "text",
    "workspaceId" UNINDEXED,
    "claimId" UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" WHEN NEW."deletedAt" IS NULL BEGIN
    INSERT INTO "SearchClaim" ("text", "workspaceId", "claimId") VALUES (NEW."text", NEW."workspaceId", NEW."id");
END;

CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "text", "deletedAt" ON "Claim" BEGIN
    DELETE FROM "SearchClaim" WHERE "claimId" = OLD."id";
    INSERT INTO "SearchClaim" ("text", "workspaceId", "claimId") SELECT NEW."text", NEW."workspaceId", NEW."id" WHERE NEW."deletedAt" IS NULL;
END;

CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "SearchClaim" WHERE "claimId" = OLD."id";
END;

INSERT INTO "SearchClaim" ("text", "workspaceId", "claimId") SELECT "text", "workspaceId", "id" FROM "Claim" WHERE "deletedAt" IS NULL;

-- Which revision of each source the paragraph index holds. The search service re-indexes any source
-- whose current revision differs (sources imported before this migration, or by another path).
CREATE TABLE "SearchIndexedSource" (
    "sourceId" TEXT NOT NULL PRIMARY KEY,
    "revisionId" TEXT NOT NULL,
    CONSTRAINT "SearchIndexedSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Anchor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'anchored',
    "score" REAL NOT NULL DEFAULT 1,
    "madeOnRevision" INTEGER NOT NULL DEFAULT 1,
    "previousExact" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Anchor_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Anchor_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Anchor_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "SourceRevision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Anchor" ("createdAt", "end", "exact", "id", "prefix", "revisionId", "score", "sourceId", "start", "status", "suffix", "updatedAt", "version", "workspaceId") SELECT "createdAt", "end", "exact", "id", "prefix", "revisionId", "score", "sourceId", "start", "status", "suffix", "updatedAt", "version", "workspaceId" FROM "Anchor";
DROP TABLE "Anchor";
ALTER TABLE "new_Anchor" RENAME TO "Anchor";
CREATE INDEX "Anchor_sourceId_idx" ON "Anchor"("sourceId");
CREATE INDEX "Anchor_workspaceId_idx" ON "Anchor"("workspaceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- AlterTable
ALTER TABLE "Anchor" ADD COLUMN     "madeOnRevision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "previousExact" TEXT;


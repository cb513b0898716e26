-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "blindStances" BOOLEAN NOT NULL DEFAULT false;


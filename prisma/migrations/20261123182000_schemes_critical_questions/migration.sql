-- AlterTable
ALTER TABLE "Inference" ADD COLUMN "answersInferenceId" TEXT;
ALTER TABLE "Inference" ADD COLUMN "criticalQuestion" TEXT;

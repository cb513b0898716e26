-- AlterTable
ALTER TABLE "Inference" ADD COLUMN     "answersInferenceId" TEXT,
ADD COLUMN     "criticalQuestion" TEXT;


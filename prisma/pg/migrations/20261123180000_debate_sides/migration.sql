-- AlterTable
ALTER TABLE "Brief" ADD COLUMN     "debateId" TEXT;

-- CreateTable
CREATE TABLE "Debate" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "thesisId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "revealedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Debate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DebateSide" (
    "debateId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "side" TEXT NOT NULL,

    CONSTRAINT "DebateSide_pkey" PRIMARY KEY ("debateId","userId")
);

-- CreateIndex
CREATE INDEX "Debate_workspaceId_idx" ON "Debate"("workspaceId");

-- CreateIndex
CREATE INDEX "DebateSide_userId_idx" ON "DebateSide"("userId");

-- AddForeignKey
ALTER TABLE "Brief" ADD CONSTRAINT "Brief_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Debate" ADD CONSTRAINT "Debate_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Debate" ADD CONSTRAINT "Debate_thesisId_fkey" FOREIGN KEY ("thesisId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Debate" ADD CONSTRAINT "Debate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebateSide" ADD CONSTRAINT "DebateSide_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebateSide" ADD CONSTRAINT "DebateSide_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


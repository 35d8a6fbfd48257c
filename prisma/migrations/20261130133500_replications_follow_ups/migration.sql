-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('PROSEGUE', 'PROSEGUE_MODIFICATA', 'TERMINATA');

-- AlterEnum
ALTER TYPE "SubmissionKind" ADD VALUE 'REPLICATION';
ALTER TYPE "SubmissionKind" ADD VALUE 'FOLLOW_UP';

-- CreateTable
CREATE TABLE "PracticeReplication" (
    "id" SERIAL NOT NULL,
    "practiceId" INTEGER NOT NULL,
    "submissionId" INTEGER,
    "entityName" TEXT NOT NULL,
    "entityKind" "EntityKind" NOT NULL,
    "entityIstatCode" TEXT,
    "province" TEXT,
    "regionId" INTEGER NOT NULL,
    "entityId" INTEGER,
    "startDate" DATE,
    "changes" TEXT NOT NULL,
    "note" TEXT,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeReplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeFollowUp" (
    "id" SERIAL NOT NULL,
    "practiceId" INTEGER NOT NULL,
    "submissionId" INTEGER,
    "authorId" INTEGER,
    "date" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL,
    "text" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PracticeReplication_submissionId_key" ON "PracticeReplication"("submissionId");

-- CreateIndex
CREATE INDEX "PracticeReplication_practiceId_startDate_idx" ON "PracticeReplication"("practiceId", "startDate");

-- CreateIndex
CREATE INDEX "PracticeReplication_regionId_idx" ON "PracticeReplication"("regionId");

-- CreateIndex
CREATE INDEX "PracticeReplication_entityId_idx" ON "PracticeReplication"("entityId");

-- CreateIndex
CREATE INDEX "PracticeReplication_approvedAt_idx" ON "PracticeReplication"("approvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeFollowUp_submissionId_key" ON "PracticeFollowUp"("submissionId");

-- CreateIndex
CREATE INDEX "PracticeFollowUp_practiceId_date_idx" ON "PracticeFollowUp"("practiceId", "date");

-- CreateIndex
CREATE INDEX "PracticeFollowUp_approvedAt_idx" ON "PracticeFollowUp"("approvedAt");

-- AddForeignKey
ALTER TABLE "PracticeReplication" ADD CONSTRAINT "PracticeReplication_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeReplication" ADD CONSTRAINT "PracticeReplication_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeReplication" ADD CONSTRAINT "PracticeReplication_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeReplication" ADD CONSTRAINT "PracticeReplication_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeFollowUp" ADD CONSTRAINT "PracticeFollowUp_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeFollowUp" ADD CONSTRAINT "PracticeFollowUp_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeFollowUp" ADD CONSTRAINT "PracticeFollowUp_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

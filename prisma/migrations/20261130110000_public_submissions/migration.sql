-- CreateEnum
CREATE TYPE "SubmissionKind" AS ENUM ('NEW_PRACTICE');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('RECEIVED', 'IN_REVIEW', 'PUBLISHED', 'REJECTED');

-- AlterEnum
ALTER TYPE "RevisionSource" ADD VALUE 'SUBMISSION';

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "difficulties" TEXT,
ADD COLUMN     "publicContact" TEXT,
ADD COLUMN     "replicationAdvice" TEXT,
ADD COLUMN     "resourcesNeeded" TEXT;

-- CreateTable
CREATE TABLE "Submission" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "SubmissionKind" NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'RECEIVED',
    "tokenHash" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "title" TEXT NOT NULL,
    "entityName" TEXT NOT NULL,
    "entityIstatCode" TEXT,
    "regionId" INTEGER NOT NULL,
    "submitterName" TEXT,
    "submitterRole" TEXT,
    "submitterEmail" TEXT,
    "submitterEntity" TEXT,
    "clientAddress" TEXT,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "challengeSignature" TEXT,
    "rejectionReason" TEXT,
    "practiceId" INTEGER,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "reviewStartedAt" TIMESTAMP(3),
    "personalDataErasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SiteSecret_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Submission_code_key" ON "Submission"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_tokenHash_key" ON "Submission"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_challengeSignature_key" ON "Submission"("challengeSignature");

-- CreateIndex
CREATE INDEX "Submission_status_createdAt_idx" ON "Submission"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Submission_kind_status_createdAt_idx" ON "Submission"("kind", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Submission_clientAddress_createdAt_idx" ON "Submission"("clientAddress", "createdAt");

-- CreateIndex
CREATE INDEX "Submission_regionId_createdAt_idx" ON "Submission"("regionId", "createdAt");

-- CreateIndex
CREATE INDEX "Submission_decidedAt_idx" ON "Submission"("decidedAt");

-- CreateIndex
CREATE INDEX "Submission_practiceId_idx" ON "Submission"("practiceId");

-- CreateIndex
CREATE INDEX "Submission_title_idx" ON "Submission" USING GIN ("title" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


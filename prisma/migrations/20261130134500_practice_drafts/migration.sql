-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "draftVersion" INTEGER,
ADD COLUMN     "publishAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AccountToken" ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PracticeRevision" ADD COLUMN     "draft" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Practice_publishAt_idx" ON "Practice"("publishAt");

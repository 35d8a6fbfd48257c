-- DropIndex
DROP INDEX "EditorDraft_userId_practiceId_idx";

-- AlterTable
ALTER TABLE "EditorDraft" ADD COLUMN     "formKey" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "EditorDraft_userId_practiceId_formKey_idx" ON "EditorDraft"("userId", "practiceId", "formKey");

-- CreateTable
CREATE TABLE "EditorDraft" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "practiceId" INTEGER,
    "baseVersion" INTEGER,
    "values" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EditorDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EditorDraft_userId_practiceId_idx" ON "EditorDraft"("userId", "practiceId");

-- CreateIndex
CREATE INDEX "EditorDraft_practiceId_idx" ON "EditorDraft"("practiceId");

-- AddForeignKey
ALTER TABLE "EditorDraft" ADD CONSTRAINT "EditorDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorDraft" ADD CONSTRAINT "EditorDraft_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "FormReply" ADD COLUMN     "clientAddress" TEXT;

-- CreateIndex
CREATE INDEX "FormReply_clientAddress_createdAt_idx" ON "FormReply"("clientAddress", "createdAt");

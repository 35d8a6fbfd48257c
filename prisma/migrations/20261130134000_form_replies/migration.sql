-- CreateTable
CREATE TABLE "FormReply" (
    "idHash" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormReply_pkey" PRIMARY KEY ("idHash")
);

-- CreateIndex
CREATE INDEX "FormReply_createdAt_idx" ON "FormReply"("createdAt");

-- AlterTable
ALTER TABLE "LoginAttempt" ALTER COLUMN "success" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "LoginAttempt_email_ip_createdAt_idx" ON "LoginAttempt"("email", "ip", "createdAt");

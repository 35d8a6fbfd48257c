-- AlterTable
ALTER TABLE "PracticeRevision" ADD COLUMN     "setAsideVersion" INTEGER;

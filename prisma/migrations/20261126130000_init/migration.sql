-- Extensions used by full-text search: accent-insensitive matching and trigram typo correction.
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";



-- CreateEnum
CREATE TYPE "Ripartizione" AS ENUM ('NORD_OVEST', 'NORD_EST', 'CENTRO', 'SUD', 'ISOLE');

-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('COMUNE', 'AMBITO', 'UNIONE', 'ALTRO');

-- CreateEnum
CREATE TYPE "PopulationBand" AS ENUM ('FINO_5K', 'DA_5K_A_20K', 'DA_20K_A_60K', 'DA_60K_A_250K', 'OLTRE_250K');

-- CreateEnum
CREATE TYPE "ServiceType" AS ENUM ('NUOVO', 'RAFFORZATO', 'MISTO');

-- CreateEnum
CREATE TYPE "Sustainability" AS ENUM ('CONTINUA', 'PARZIALE', 'TERMINA', 'NON_NOTO');

-- CreateEnum
CREATE TYPE "PracticeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Vocabulary" AS ENUM ('AREA', 'FUNDING', 'TECHNOLOGY', 'NETWORK', 'CHANNEL');

-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ripartizione" "Ripartizione" NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "istatCode" TEXT,
    "province" TEXT,
    "population" INTEGER,
    "populationBand" "PopulationBand",
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "regionId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" SERIAL NOT NULL,
    "vocabulary" "Vocabulary" NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "startDate" DATE,
    "serviceType" "ServiceType" NOT NULL,
    "operatorsTotal" INTEGER,
    "operatorsStaff" INTEGER,
    "operatorsVolunteers" INTEGER,
    "fundingNote" TEXT,
    "feedback" TEXT,
    "innovation" TEXT,
    "sustainability" "Sustainability" NOT NULL DEFAULT 'NON_NOTO',
    "sustainabilityNote" TEXT,
    "status" "PracticeStatus" NOT NULL DEFAULT 'DRAFT',
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "entityId" INTEGER NOT NULL,
    "searchExtra" TEXT NOT NULL DEFAULT '',
    "searchVector" tsvector,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeTerm" (
    "practiceId" INTEGER NOT NULL,
    "termId" INTEGER NOT NULL,

    CONSTRAINT "PracticeTerm_pkey" PRIMARY KEY ("practiceId","termId")
);

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_slug_key" ON "Entity"("slug");

-- CreateIndex
CREATE INDEX "Entity_regionId_idx" ON "Entity"("regionId");

-- CreateIndex
CREATE INDEX "Entity_istatCode_idx" ON "Entity"("istatCode");

-- CreateIndex
CREATE UNIQUE INDEX "Term_vocabulary_slug_key" ON "Term"("vocabulary", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_code_key" ON "Practice"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_slug_key" ON "Practice"("slug");

-- CreateIndex
CREATE INDEX "Practice_status_entityId_idx" ON "Practice"("status", "entityId");

-- CreateIndex
CREATE INDEX "Practice_entityId_idx" ON "Practice"("entityId");

-- CreateIndex
CREATE INDEX "Practice_searchVector_idx" ON "Practice" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Practice_updatedAt_idx" ON "Practice"("updatedAt");

-- CreateIndex
CREATE INDEX "PracticeTerm_termId_practiceId_idx" ON "PracticeTerm"("termId", "practiceId");

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeTerm" ADD CONSTRAINT "PracticeTerm_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeTerm" ADD CONSTRAINT "PracticeTerm_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Italian full-text search that ignores accents ("citta" finds "città").
CREATE TEXT SEARCH CONFIGURATION "italian_unaccent" (COPY = pg_catalog.italian);
ALTER TEXT SEARCH CONFIGURATION "italian_unaccent"
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;

-- Keeps Practice.searchVector in step with the sheet: title weighs most, then summary,
-- then the long texts, then the denormalised words (entity, region, vocabulary labels).
CREATE FUNCTION "practice_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."searchVector" :=
        setweight(to_tsvector('italian_unaccent', coalesce(NEW."title", '')), 'A') ||
        setweight(to_tsvector('italian_unaccent', coalesce(NEW."summary", '')), 'B') ||
        setweight(to_tsvector('italian_unaccent', concat_ws(' ', NEW."description", NEW."innovation",
            NEW."feedback", NEW."sustainabilityNote", NEW."fundingNote")), 'C') ||
        setweight(to_tsvector('italian_unaccent', coalesce(NEW."searchExtra", '')), 'D');
    RETURN NEW;
END
$$;

CREATE TRIGGER "practice_search_vector"
    BEFORE INSERT OR UPDATE ON "Practice"
    FOR EACH ROW EXECUTE FUNCTION "practice_search_vector"();

-- CreateIndex
-- The listing's default order exactly (search-sql.ts orderBy: "publishedAt" DESC NULLS LAST, "id" DESC).
-- NULLS LAST is added by hand: Prisma cannot express it, and its diff ignores it (schema.prisma declares
-- this index as [status, publishedAt(sort: Desc), id(sort: Desc)]).
CREATE INDEX "Practice_status_publishedAt_id_idx" ON "Practice"("status", "publishedAt" DESC NULLS LAST, "id" DESC);

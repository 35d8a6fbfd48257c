-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "entityKind" "EntityKind",
ADD COLUMN     "facetKeys" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "regionId" INTEGER;

-- CreateIndex
CREATE INDEX "Practice_facetKeys_idx" ON "Practice" USING GIN ("facetKeys");

-- CreateIndex
CREATE INDEX "Practice_status_facetKeys_idx" ON "Practice"("status", "facetKeys");

-- The listing filters and counts its facets on Practice alone (at 100,000 sheets joining Entity
-- and PracticeTerm for every matched sheet dominated the query). These columns are copies, kept
-- here by triggers because sheets are written by the admin form, the import, term merges and
-- restores alike: "regionId" and "entityKind" from the sheet's entity, and "facetKeys", one
-- integer per facet value of the sheet, indexed by GIN so that every facet filter is an index
-- condition like the text search, and all facets are counted by one unnest. In this order
-- (lib/practices/search-sql.ts reads the first four by position):
--   -regionId (Region ids are 1–20) · -1000 - n for the n-th ServiceType · -2000 - n for the
--   n-th EntityKind · -3000 - n for the n-th Sustainability · then every termId (> 0), ascending.
CREATE FUNCTION "practice_facets"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT e."regionId", e."kind" INTO NEW."regionId", NEW."entityKind" FROM "Entity" e WHERE e."id" = NEW."entityId";
    NEW."facetKeys" := ARRAY[
            -NEW."regionId",
            -1000 - array_position(enum_range(NULL::"ServiceType"), NEW."serviceType"),
            -2000 - array_position(enum_range(NULL::"EntityKind"), NEW."entityKind"),
            -3000 - array_position(enum_range(NULL::"Sustainability"), NEW."sustainability")] ||
        ARRAY(SELECT pt."termId" FROM "PracticeTerm" pt WHERE pt."practiceId" = NEW."id" ORDER BY pt."termId");
    RETURN NEW;
END
$$;

-- Any write to the copies recomputes them from their sources, so they cannot be set by hand.
CREATE TRIGGER "practice_facets"
    BEFORE INSERT OR UPDATE OF "entityId", "serviceType", "sustainability", "regionId", "entityKind", "facetKeys" ON "Practice"
    FOR EACH ROW EXECUTE FUNCTION "practice_facets"();

-- A sheet's terms change: refresh its keys once per statement (imports insert thousands at once).
CREATE FUNCTION "practice_term_facets"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE "Practice" SET "facetKeys" = '{}' WHERE "id" IN (SELECT "practiceId" FROM new_terms);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE "Practice" SET "facetKeys" = '{}' WHERE "id" IN (SELECT "practiceId" FROM old_terms);
    ELSE
        UPDATE "Practice" SET "facetKeys" = '{}'
        WHERE "id" IN (SELECT "practiceId" FROM new_terms UNION SELECT "practiceId" FROM old_terms);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "practice_term_facets_insert" AFTER INSERT ON "PracticeTerm"
    REFERENCING NEW TABLE AS new_terms FOR EACH STATEMENT EXECUTE FUNCTION "practice_term_facets"();
CREATE TRIGGER "practice_term_facets_delete" AFTER DELETE ON "PracticeTerm"
    REFERENCING OLD TABLE AS old_terms FOR EACH STATEMENT EXECUTE FUNCTION "practice_term_facets"();
CREATE TRIGGER "practice_term_facets_update" AFTER UPDATE ON "PracticeTerm"
    REFERENCING OLD TABLE AS old_terms NEW TABLE AS new_terms FOR EACH STATEMENT EXECUTE FUNCTION "practice_term_facets"();

-- An entity moves region or changes kind: its sheets follow.
CREATE FUNCTION "entity_practice_facets"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Practice" SET "regionId" = NEW."regionId" WHERE "entityId" = NEW."id";
    RETURN NULL;
END
$$;

CREATE TRIGGER "entity_practice_facets"
    AFTER UPDATE OF "regionId", "kind" ON "Entity"
    FOR EACH ROW WHEN (OLD."regionId" IS DISTINCT FROM NEW."regionId" OR OLD."kind" IS DISTINCT FROM NEW."kind")
    EXECUTE FUNCTION "entity_practice_facets"();

-- The search vector depends only on these columns: refreshing the facet copies (above) must not
-- recompute 100,000 vectors. Same trigger, same function, now limited to its inputs.
DROP TRIGGER "practice_search_vector" ON "Practice";
CREATE TRIGGER "practice_search_vector"
    BEFORE INSERT OR UPDATE OF "title", "summary", "description", "innovation", "feedback",
        "sustainabilityNote", "fundingNote", "searchExtra" ON "Practice"
    FOR EACH ROW EXECUTE FUNCTION "practice_search_vector"();

-- Existing sheets.
UPDATE "Practice" SET "facetKeys" = '{}';

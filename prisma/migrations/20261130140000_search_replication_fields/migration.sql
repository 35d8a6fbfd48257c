-- The sheet's texts for whoever wants to replicate a practice (resources needed, difficulties met,
-- advice) are found by full-text search like the other long texts (weight C). The public contact
-- is not: an office address or e-mail says nothing of the practice, and "comune" or "sociali"
-- in every contact would match half the catalogue.
CREATE OR REPLACE FUNCTION "practice_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."searchVector" :=
        setweight(to_tsvector('italian_unaccent', coalesce(NEW."title", '')), 'A') ||
        setweight(to_tsvector('italian_unaccent', coalesce(NEW."summary", '')), 'B') ||
        setweight(to_tsvector('italian_unaccent', concat_ws(' ', NEW."description", NEW."innovation",
            NEW."feedback", NEW."sustainabilityNote", NEW."fundingNote", NEW."resourcesNeeded",
            NEW."difficulties", NEW."replicationAdvice")), 'C') ||
        setweight(to_tsvector('italian_unaccent', coalesce(NEW."searchExtra", '')), 'D');
    RETURN NEW;
END
$$;

-- The trigger fires on its inputs only (20261126162028_listing_facet_keys): now these three too.
DROP TRIGGER "practice_search_vector" ON "Practice";
CREATE TRIGGER "practice_search_vector"
    BEFORE INSERT OR UPDATE OF "title", "summary", "description", "innovation", "feedback",
        "sustainabilityNote", "fundingNote", "resourcesNeeded", "difficulties", "replicationAdvice",
        "searchExtra" ON "Practice"
    FOR EACH ROW EXECUTE FUNCTION "practice_search_vector"();

-- Sheets that already have these texts.
UPDATE "Practice" SET "title" = "title"
WHERE "resourcesNeeded" IS NOT NULL OR "difficulties" IS NOT NULL OR "replicationAdvice" IS NOT NULL;

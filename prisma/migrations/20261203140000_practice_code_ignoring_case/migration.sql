-- A sheet's code is unique ignoring case: «qaed-001» and «QAED-001» are one sheet (imports match
-- codes so, and the edit form refuses the second). Prisma's schema cannot express an index on an
-- expression, so it lives here only; "Practice_code_key" stays for Prisma's findUnique by code.
-- Codes are ASCII (letters, digits, . - _), for which lower() is the same in every locale.

-- Sheets created twice before this index are not merged or renamed here: which one to keep is an
-- editor's choice. The migration stops, naming them; once one sheet of each group has another code
-- or is removed, mark it rolled back (`prisma migrate resolve --rolled-back <this folder>`, or set
-- "rolled_back_at" of its row in "_prisma_migrations") and migrate again.
DO $$
DECLARE
    duplicates text;
BEGIN
    SELECT string_agg(codes, '; ') INTO duplicates FROM (
        SELECT string_agg("code", ', ' ORDER BY "id") AS codes FROM "Practice"
        GROUP BY lower("code") HAVING count(*) > 1
    ) AS same;
    IF duplicates IS NOT NULL THEN
        RAISE EXCEPTION 'Schede con lo stesso codice a meno di maiuscole e minuscole: %. Cambia il codice di una scheda di ogni gruppo (o eliminala), poi ripeti la migrazione.', duplicates;
    END IF;
END
$$;

CREATE UNIQUE INDEX "Practice_code_lower_key" ON "Practice" (lower("code"));
